namespace Graph.Generation.Vocabulary;

public static class Places
{
    public static readonly string[] CompoundStems =
    [
        "阳光", "金色", "绿城", "万科", "碧桂园", "城南", "城北", "镜湖", "鉴湖", "兰亭", "香樟", "桂花", "翡翠", "锦绣",
        "世纪", "新城", "滨江", "东湖", "和平", "幸福", "梅山", "府山", "塔山", "迪荡", "柯岩", "蓝天", "明珠", "凤凰",
    ];

    public static readonly string[] CompoundKinds = ["花园", "小区", "新村", "公寓", "家园", "苑", "名邸", "华庭"];

    public static readonly string[] Streets = ["解放路", "人民路", "中兴路", "胜利路", "环城路", "延安路", "建设路", "工业路", "开发区路", "笛扬路", "兴越路", "金柯桥大道"];

    public static readonly string[] CarBrands = ["大众", "丰田", "本田", "别克", "宝马", "奔驰", "吉利", "比亚迪", "奥迪", "日产"];

    public static readonly string[] PlateLetters = ["浙D", "浙A", "浙B", "浙C", "浙G", "浙K", "苏E", "沪A"];
}
