package org.kanbao.tags;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Word lists behind the cleaning rules. They describe Chinese news writing in general (boilerplate,
 * function characters, titles, name suffixes), not any one page.
 */
public final class Lexicon {
    private Lexicon() {
    }

    /** Whether a character is a common Chinese surname. */
    public static boolean isSurname(char c) {
        return SURNAMES.contains(c);
    }

    /** Common Chinese surnames (single characters), used to reject the recogniser's false person names. */
    static final Set<Character> SURNAMES = chars(
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵩帖畅蔚野过言洪汝邵祝揭");

    /** Compound surnames: a name starting with one of these may have four characters. */
    static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "西门", "南宫", "独孤");

    /**
     * Characters that glue words together and never start or end a name (的, 在, 为 ...). A candidate that
     * begins or ends with one is a fragment of a sentence (为企业, 党建为).
     */
    static final Set<Character> FUNCTION_CHARS = chars(
            "的地得了着过在是有和与及或对向把被给让将从由于以等这那各每该其也都又还就再已并即如同跟至使为到说据因但而且则才只仅更很最不没要会能可当所之即经自离往朝比");

    /** Characters that open a sentence fragment rather than a name (为企业, 在平湖, 即平湖市委). */
    static final Set<Character> LEADING_FUNCTION = chars("的了着在是有与及或对向把被给让将从由以等这那各每该也又还就再已并即跟使为到据因但而且则才只仅更很最不没要之于");

    /** Characters that close a fragment rather than a name (党建为, 法规有). */
    static final Set<Character> TRAILING_FUNCTION = chars("的了着过在是有和与及或对为到说等也都又还就再已并即把被给让将从由于以之其");

    /** Characters that start a fragment when followed by a measure word (一名社区, 两个村, 多家企业). */
    static final Set<Character> NUMERAL_CHARS = chars("一二两三四五六七八九十百千万亿几多每首半数零〇");

    /**
     * Newspaper boilerplate and deictic words that are never tags: credits, 本报讯, "our city", time words.
     */
    static final Set<String> BOILERPLATE = Set.of(
            "记者", "通讯员", "本报讯", "本报", "本刊", "摄影", "摄", "图", "文", "文图", "图文", "责任编辑", "编辑", "校对",
            "美编", "实习生", "特约记者", "见习记者", "首席记者", "新华社", "新华网", "人民网", "来源", "供图", "制图",
            "我市", "本市", "全市", "我省", "本省", "全省", "我县", "全县", "我区", "全区", "我镇", "全镇", "我国", "全国",
            "市里", "省里", "县里", "当地", "本地", "外地", "异地", "两地", "各地", "全球", "世界", "国内", "国外", "海外",
            "市委", "市政府", "县委", "县政府", "区委", "区政府", "镇政府", "省委", "省政府", "党委", "政府", "公司", "集团",
            "银行", "中心", "医院", "学校", "社区", "村", "镇", "街道", "开发区", "园区", "城区", "景区", "公园",
            "今年", "去年", "明年", "前年", "近日", "日前", "昨天", "昨日", "今天", "今日", "明天", "近年", "近年来",
            "目前", "当前", "此前", "随后", "同时", "其中", "此外", "据悉", "据了解", "据介绍", "记者了解",
            "上午", "下午", "晚上", "凌晨", "中午", "月", "日", "年", "人", "人员", "工作人员", "负责人", "相关负责人",
            "群众", "市民", "居民", "百姓", "村民", "企业", "工作", "发展", "服务", "建设", "项目", "活动", "问题",
            "方面", "领域", "时间", "方式", "情况", "部门", "单位", "地区", "区域", "系统", "平台", "体系", "机制",
            "说", "表示", "介绍", "指出", "认为", "一名", "一个", "一位", "一家", "这个", "那个", "我们", "他们", "大家");

    /** Title words right before a person's name (市长周军波, 总经理赵捷) — the surest sign of a name. */
    static final String[] TITLE_ENDINGS = {"长", "书记", "主任", "经理", "代表", "负责人", "委员", "主席", "总裁", "董事",
            "秘书", "老师", "医生", "护士", "教授", "专家", "同志", "律师", "师", "干部", "村民", "居民", "市民", "民警",
            "警官", "工程师", "厂长", "总监", "馆长", "会计", "队员", "志愿者", "创始人", "主人", "老板", "店主", "选手",
            "运动员", "演员", "作家", "画家", "学生", "员工", "职工", "工人", "农民", "船长", "大使", "发言人", "总理",
            "部长", "顾问", "助理", "博士", "院士", "记者", "主编", "教练", "党员", "人大代表", "政协委员", "处长", "科长"};

    /** Words right after a person's name (曹丽说, 何苗出席). */
    static final Set<String> AFTER_NAME = Set.of("说", "表示", "介绍", "指出", "认为", "告诉", "称", "坦言", "强调",
            "透露", "回忆", "解释", "说道", "笑着说", "感慨", "建议", "提出", "出席", "参加", "主持", "讲话", "致辞",
            "带队", "调研", "先生", "女士", "同志", "老师", "一行", "发表", "要求", "希望",
            "坦承", "感叹", "补充", "谈到", "提到", "看来", "觉得", "则", "也", "还", "当选", "获得", "荣获", "会见",
            "会见了", "陪同", "参观", "考察", "宣布", "签署", "（", "(");

    /** Endings that make a run of words a place (新埭镇, 山塘村, 福臻公园). */
    static final String[] PLACE_SUFFIXES = {"街道", "公园", "广场", "景区", "新区", "省", "市", "县", "区", "镇", "乡",
            "村", "路", "街", "大道", "港", "湾", "岛", "湖", "江", "河", "山", "州", "庄", "桥"};

    /** Place suffixes whose bare stem is the usual name (平湖市 → 平湖); town and village keep their suffix. */
    static final String[] DROPPABLE_PLACE_SUFFIXES = {"省", "市", "县"};

    /** Endings that make a run of words an organisation (嘉兴极知智能科技有限公司, 山塘联合党支部). */
    static final String[] ORG_SUFFIXES = {"股份有限公司", "有限责任公司", "有限公司", "公司", "集团", "银行", "分行",
            "支行", "服务中心", "中心", "党支部", "党委", "党工委", "支部", "委员会", "人民政府", "政府", "办公室",
            "局", "厅", "医院", "卫生院", "学校", "大学", "学院", "中学", "小学", "幼儿园", "协会", "学会", "联合会",
            "商会", "基金会", "研究所", "研究院", "开发区", "执法队", "合作社", "工厂", "厂", "报社", "电视台", "法院",
            "检察院", "派出所", "博物馆", "图书馆", "纪念馆", "联盟", "工作室", "俱乐部", "事务所", "市委", "区委", "县委"};

    /** Organisation endings that name a place people visit rather than a body (kept as places). */
    static final Set<String> PLACE_LIKE_ORG_SUFFIXES = Set.of("公园", "广场", "景区");

    static boolean startsWithFunction(String s) {
        if (s.isEmpty()) return false;
        char c = s.charAt(0);
        if (LEADING_FUNCTION.contains(c)) return true;
        // 一名社区, 两个村: a numeral followed by a measure word opens a fragment
        return NUMERAL_CHARS.contains(c) && s.length() > 1 && "名个位家件项次条座所只批户人种类些份".indexOf(s.charAt(1)) >= 0;
    }

    static boolean endsWithFunction(String s) {
        return !s.isEmpty() && TRAILING_FUNCTION.contains(s.charAt(s.length() - 1));
    }

    static boolean hasTitleEnding(String word) {
        for (String t : TITLE_ENDINGS) if (word.endsWith(t)) return true;
        return false;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean allHan(String s) {
        for (int i = 0; i < s.length(); i++) if (!isHan(s.charAt(i))) return false;
        return !s.isEmpty();
    }

    /** How often the word occurs in HanLP's general-language corpus: high means generic (企业, 发展, 工作). */
    static int generalFrequency(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        return a == null ? 0 : a.totalFrequency;
    }

    private static Set<Character> chars(String s) {
        return s.chars().mapToObj(c -> (char) c).collect(Collectors.toUnmodifiableSet());
    }
}
