namespace Graph.Generation.Vocabulary;

/// <summary>Invoice lines: tax classification, goods name, unit, typical unit price (yuan).</summary>
public static class Goods
{
    public sealed record Line(string Category, string Name, string Unit, double UnitPrice);

    public static readonly Line[] Ordinary =
    [
        new("纺织产品", "涤纶面料", "米", 12), new("纺织产品", "棉纱", "吨", 23000), new("金属制品", "不锈钢管", "吨", 16000),
        new("机械设备", "数控机床", "台", 180000), new("食品", "预包装食品", "箱", 90), new("建筑服务", "工程款", "项", 350000),
        new("信息技术服务", "软件开发服务", "项", 80000), new("印染产品", "印染加工费", "米", 2.5), new("电子元件", "电子元器件", "个", 3.2),
        new("五金制品", "五金配件", "套", 45), new("物流辅助服务", "运输服务费", "次", 3500), new("租赁服务", "设备租赁费", "月", 12000),
        new("纸制品", "瓦楞纸箱", "个", 4.5), new("塑料制品", "塑料粒子", "吨", 9800),
    ];

    /// <summary>What a non-standard-oil ring buys: classifications that escape the fuel consumption tax.</summary>
    public static readonly Line[] OilFeedstock =
    [
        new("化工产品", "混合芳烃", "吨", 5200), new("化工产品", "稳定轻烃", "吨", 4800), new("溶剂油", "6号溶剂油", "吨", 5600),
        new("芳烃", "重芳烃", "吨", 5000), new("沥青", "改性沥青", "吨", 3900),
    ];

    public static readonly Line[] Fuel =
    [
        new("成品油", "0号柴油", "吨", 7600), new("成品油", "92号汽油", "吨", 8900), new("成品油", "95号汽油", "吨", 9400),
    ];

    /// <summary>Honest chemical trade: same feedstock classifications, but sold on as what they are.</summary>
    public static readonly Line[] Chemicals =
    [
        new("化工产品", "工业酒精", "吨", 6200), new("化工产品", "甲苯", "吨", 6500), new("溶剂油", "120号溶剂油", "吨", 6100),
        new("沥青", "道路石油沥青", "吨", 3700),
    ];
}
