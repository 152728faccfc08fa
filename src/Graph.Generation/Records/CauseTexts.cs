namespace Graph.Generation.Records;

public static class CauseTexts
{
    public static string For(string cause) => cause switch
    {
        "private_lending" => "民间借贷纠纷",
        "labor" => "劳动争议",
        "sales_contract" => "买卖合同纠纷",
        "motor_accident" => "机动车交通事故责任纠纷",
        "loan_contract" => "金融借款合同纠纷",
        "guarantee" => "追偿权纠纷",
        "lease" => "房屋租赁合同纠纷",
        "debt_assignment" => "债权转让合同纠纷",
        "divorce_property" => "离婚后财产纠纷",
        "enforcement_objection" => "案外人执行异议之诉",
        _ => "合同纠纷",
    };
}
