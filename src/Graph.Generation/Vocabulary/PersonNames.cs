namespace Graph.Generation.Vocabulary;

public static class PersonNames
{
    /// <summary>Most common surnames first; a skewed draw over this list makes 王/李/张 dominate as in reality.</summary>
    public static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
        "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
        "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔",
        "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "傅", "方", "白", "邹", "孟", "熊", "秦",
        "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵",
        "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤", "欧阳", "诸葛", "上官",
    ];

    public static readonly string[] MaleGiven =
    [
        "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华", "飞", "鑫", "波",
        "宇", "浩", "凯", "健", "俊", "帆", "帅", "旭", "宁", "龙", "林", "阳", "建", "国", "志", "文", "海", "东",
        "峰", "亮", "成", "振", "荣", "晨", "博", "江", "新", "永", "庆", "德", "良", "兵", "春", "明", "忠", "祥",
    ];

    public static readonly string[] FemaleGiven =
    [
        "芳", "娜", "敏", "静", "丽", "艳", "燕", "霞", "玲", "婷", "雪", "慧", "红", "梅", "琳", "颖", "倩", "洁",
        "秀", "英", "华", "兰", "萍", "莉", "丹", "佳", "欣", "怡", "晶", "琴", "云", "凤", "珍", "月", "春", "雯",
    ];

    /// <summary>Names shared by hundreds of thousands of real people; they make name-only matching dangerous.</summary>
    public static readonly string[] VeryCommon =
    [
        "张伟", "王伟", "王芳", "李伟", "李娜", "张敏", "李静", "王静", "刘伟", "王秀英", "张丽", "李强", "王敏",
        "李敏", "王磊", "刘洋", "王艳", "王勇", "李军", "张勇", "李杰", "张杰", "王强", "张静", "陈静", "刘芳",
    ];

    /// <summary>Uyghur-style names written with a middle dot, whose dot comes in several code points.</summary>
    public static readonly string[] DottedFirst = ["阿卜杜", "买买提", "艾力", "吐尔逊", "热合曼", "古丽", "阿依", "努尔"];

    public static readonly string[] DottedLast = ["艾力", "热合曼", "吐尔逊", "买买提", "阿不都", "依明", "卡德尔"];
}
