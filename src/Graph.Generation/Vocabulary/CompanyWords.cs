namespace Graph.Generation.Vocabulary;

public static class CompanyWords
{
    public static readonly string[] TradeNames =
    [
        "华通", "恒达", "鑫源", "永盛", "宏泰", "金鼎", "东方", "天成", "瑞丰", "海川", "中兴", "兴业", "嘉禾", "隆昌",
        "明辉", "荣达", "盛世", "新宇", "凯旋", "博远", "宏远", "鼎盛", "康达", "富邦", "润华", "汇丰", "正泰", "远航",
        "万通", "永兴", "德信", "华盛", "恒信", "启明", "诚达", "祥和", "众鑫", "锦程", "天润", "安泰", "越海", "兰亭",
    ];

    /// <summary>Industry label in the registry and the word it puts in the company name.</summary>
    public static readonly (string Industry, string NameWord)[] Industries =
    [
        ("纺织业", "纺织"), ("批发业", "贸易"), ("零售业", "商贸"), ("建筑业", "建设"), ("房地产业", "置业"),
        ("通用设备制造业", "机械"), ("化学原料和化学制品制造业", "化工"), ("软件和信息技术服务业", "科技"),
        ("餐饮业", "餐饮"), ("道路运输业", "物流"), ("印染", "印染"), ("商务服务业", "咨询"),
        ("金属制品业", "五金"), ("食品制造业", "食品"), ("租赁业", "租赁"),
    ];

    public const string RepairIndustry = "机动车维修";
    public const string OilIndustry = "石油制品批发";
    public const string ChemicalIndustry = "化工产品批发";
    public const string FinanceIndustry = "货币金融服务";
    public const string InsuranceIndustry = "财产保险";
}
