namespace Graph.Generation.Vocabulary;

/// <summary>Names of the lenders, insurers and bodies that appear in every court's docket.</summary>
public static class Institutions
{
    public static readonly string[] Banks =
    [
        "中国工商银行股份有限公司", "中国农业银行股份有限公司", "中国银行股份有限公司", "中国建设银行股份有限公司",
        "交通银行股份有限公司", "招商银行股份有限公司", "浙江稠州商业银行股份有限公司", "绍兴银行股份有限公司",
        "浙江绍兴瑞丰农村商业银行股份有限公司", "中国邮政储蓄银行股份有限公司",
    ];

    public static readonly string[] LenderWords = ["小额贷款股份有限公司", "融资担保有限公司", "消费金融有限公司"];

    public static readonly string[] Insurers =
    [
        "中国人民财产保险股份有限公司", "中国平安财产保险股份有限公司", "中国太平洋财产保险股份有限公司",
        "中华联合财产保险股份有限公司", "中国大地财产保险股份有限公司", "阳光财产保险股份有限公司",
        "天安财产保险股份有限公司", "永安财产保险股份有限公司",
    ];

    public static readonly string[] AuctionPlatforms = ["淘宝网司法拍卖", "京东司法拍卖", "人民法院诉讼资产网", "公拍网"];

    public static readonly string[] Administrators =
    [
        "浙江越光律师事务所", "浙江天册律师事务所", "浙江泽大律师事务所", "立信会计师事务所（特殊普通合伙）浙江分所",
        "浙江六和律师事务所", "天健会计师事务所（特殊普通合伙）",
    ];

    public static readonly string[] MediatorSuffixes = ["人民调解委员会", "金融纠纷人民调解委员会", "商会人民调解委员会", "诉调对接中心", "道路交通事故纠纷调解委员会"];
}
