/**
 * Matching a place name as sources and boundary files write it to a region
 * code. Sources say 黔西南州, 黔西南布依族苗族自治州, 黔西南 or, in Hong Kong
 * and Taiwan reporting, 黔西南州 in traditional characters; all must land on
 * the same region, and a name that could mean two regions must not land on
 * either.
 */
import type { Region } from './types';

// Traditional → simplified for characters that occur in the place names this
// map can meet (Guizhou, Guangxi, Hunan, Shandong, Heilongjiang and the large
// cities reports compare them with). Hand-made so the app needs no OpenCC;
// only characters that are never themselves simplified forms are listed.
const PAIRS =
  '慶庆貴贵陽阳畢毕銅铜東东縣县區区烏乌寧宁興兴龍龙豐丰雲云廣广灣湾門门陸陆鄉乡鎮镇莊庄棗枣紅红' +
  '義义盤盘節节觀观巖岩當当開开鍾钟匯汇崗岗綏绥務务鳳凤餘余習习懷怀關关織织納纳萬万貞贞謨谟冊册' +
  '凱凯黃黄遠远鞏巩錦锦劍剑臺台從从勻匀甕瓮獨独羅罗長长順顺雙双岡冈薩萨爾尔圖图讓让漢汉溫温蘇苏' +
  '無无錫锡鄭郑麗丽紹绍陝陕遼辽內内維维壯壮倫伦貝贝齊齐雞鸡鶴鹤鴨鸭濱滨瀋沈蘭兰魯鲁廈厦張张婁娄' +
  '連连揚扬鹽盐遷迁滄沧鄲郸島岛華华聖圣轄辖陰阴靈灵寶宝隴陇嶺岭濟济濰潍膠胶萊莱棲栖榮荣蕪芜馬马' +
  '銀银樂乐熱热僑侨發发達达資资瀘泸綿绵涼凉荊荆隨随撫抚贛赣饒饶鷹鹰閩闽頭头欽钦賀贺來来賓宾' +
  '許许駐驻頂顶峽峡蘆芦營营鐵铁湯汤潁颍滬沪黨党漁渔瑪玛蓋盖橋桥灘滩陳陈劉刘鄧邓' +
  '舊旧鄰邻綜综轉转業业產产復复總总號号衛卫處处';

const T2S: ReadonlyMap<string, string> = (() => {
  const chars = [...PAIRS];
  const m = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const t = chars[i] as string;
    const s = chars[i + 1] as string;
    if (t !== s) m.set(t, s);
  }
  return m;
})();

/** Replaces the traditional characters the table knows; everything else passes through. */
export function toSimplified(s: string): string {
  let out = '';
  for (const ch of s) out += T2S.get(ch) ?? ch;
  return out;
}

// The 55 minority nationalities, longest first so 布依 wins over a shorter prefix.
const ETHNIC = [
  '柯尔克孜',
  '乌孜别克',
  '维吾尔',
  '哈萨克',
  '达斡尔',
  '塔吉克',
  '俄罗斯',
  '鄂温克',
  '塔塔尔',
  '鄂伦春',
  '蒙古',
  '布依',
  '朝鲜',
  '土家',
  '哈尼',
  '傈僳',
  '高山',
  '拉祜',
  '东乡',
  '纳西',
  '景颇',
  '仫佬',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '德昂',
  '保安',
  '裕固',
  '独龙',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
  '回',
  '藏',
  '苗',
  '彝',
  '壮',
  '满',
  '侗',
  '瑶',
  '白',
  '傣',
  '黎',
  '佤',
  '畲',
  '水',
  '土',
  '羌',
  '怒',
  '京',
].join('|');
// Only with 自治 present, so that 六盘水 keeps its 水. 新疆维吾尔自治区 has no 族.
const AUTONOMOUS = new RegExp(`^(.+?)(?:(?:${ETHNIC})族)*(?:维吾尔)?自治(州|县|区|旗)$`);
const ADMIN_SUFFIXES = [
  '特别行政区',
  '新区',
  '地区',
  '特区',
  '林区',
  '省',
  '市',
  '州',
  '县',
  '区',
  '盟',
];

const ETHNIC_EN = new Set(
  (
    'buyei bouyei miao dong yi hui shui gelao zhuang tujia yao bai uyghur uygur uighur hani dai li lisu mulao ' +
    'maonan qiang tibetan mongol mongolian korean she lahu wa naxi jingpo kazak kazakh kyrgyz daur blang salar ' +
    'pumi nu achang ewenki deang bonan yugur jing tatar derung oroqen hezhen monba lhoba jino xibe tajik uzbek ' +
    'manchu and nationalities'
  ).split(' '),
);
const EN_SUFFIXES = [
  'special administrative region',
  'new area',
  'new district',
  'special district',
  'prefecture-level city',
  'prefecture',
  'municipality',
  'province',
  'district',
  'county',
  'league',
  'region',
  'city',
];

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The name a map label uses for an autonomous area, as people write it: 黔东南州 for
 * 黔东南苗族侗族自治州, 威宁县 for 威宁彝族回族苗族自治县, 广西 for 广西壮族自治区. Any other
 * name is its own short form.
 */
export function shortRegionName(name: string): string {
  const auto = AUTONOMOUS.exec(name.trim());
  if (!auto?.[1]) return name;
  return auto[2] === '区' ? auto[1] : `${auto[1]}${auto[2]}`;
}

/**
 * A comparison key for a place name: simplified script, no ethnic
 * designation, no administrative suffix. A suffix is kept when stripping it
 * would leave one character, so 贵州省 and 贵州 both give 贵州 while 黔南州
 * and 黔南 give 黔南.
 */
export function normaliseRegionName(name: string): string {
  const s = name.normalize('NFKC').trim();
  return CJK.test(s) ? normaliseChinese(s) : normaliseLatin(s);
}

function normaliseChinese(name: string): string {
  let s = toSimplified(name)
    .replace(/[\s·・]/g, '')
    .toLowerCase();
  const auto = AUTONOMOUS.exec(s);
  if (auto?.[1]) return auto[1];
  for (const suffix of ADMIN_SUFFIXES) {
    if (s.endsWith(suffix) && [...s].length - [...suffix].length >= 2) {
      s = s.slice(0, -suffix.length);
      break;
    }
  }
  return s;
}

function normaliseLatin(name: string): string {
  let words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  const joined = words.join(' ');
  const auto = /^(.+?) autonomous (?:prefecture|county|region|banner)$/.exec(joined);
  if (auto?.[1]) {
    words = auto[1].split(' ');
    while (words.length > 1 && ETHNIC_EN.has(words[words.length - 1] ?? '')) words.pop();
  } else {
    for (const suffix of EN_SUFFIXES) {
      const tail = suffix.replace(/-/g, ' ').split(' ');
      const rest = words.length - tail.length;
      if (
        rest >= 1 &&
        tail.every((w, i) => words[rest + i] === w) &&
        words.slice(0, rest).join('').length >= 2
      ) {
        words = words.slice(0, rest);
        break;
      }
    }
  }
  return words.join('');
}

export interface RegionIndex {
  /** The region code a key names, or null when it names none or more than one. */
  resolve(key: string): string | null;
  /** The codes a key could mean when it is ambiguous; [] when it is not. */
  ambiguous(key: string): string[];
}

const STAT_CODE = /^(\d{6})(?:000|000000)$/;

/**
 * Looks a key up in stages, most exact first: code, official name, short
 * name, English name, aliases, then the normalised forms of all of these. The
 * first stage that knows the key decides, so an exact name is never overruled
 * by a looser match, and a key that fits two regions at that stage is refused
 * rather than guessed.
 */
export function createRegionIndex(regions: Region[]): RegionIndex {
  type Stage = { map: Map<string, string[]>; key: (k: string) => string };
  const stage = (key: (k: string) => string): Stage => ({ map: new Map(), key });
  const exact = (k: string) => k.trim();
  const latin = (k: string) => k.trim().replace(/\s+/g, ' ').toLowerCase();

  const code = stage((k) => {
    const t = k.trim();
    return STAT_CODE.exec(t)?.[1] ?? t;
  });
  const name = stage(exact);
  const short = stage(exact);
  const english = stage(latin);
  const alias = stage(latin);
  const loose = stage(normaliseRegionName);
  const stages = [code, name, short, english, alias, loose];

  const add = (s: Stage, raw: string, regionCode: string): void => {
    const k = s.key(raw);
    if (k === '') return;
    const list = s.map.get(k);
    if (!list) s.map.set(k, [regionCode]);
    else if (!list.includes(regionCode)) list.push(regionCode);
  };
  for (const r of regions) {
    add(code, r.code, r.code);
    add(name, r.name, r.code);
    add(short, r.short, r.code);
    add(english, r.nameEn, r.code);
    for (const a of r.aliases) add(alias, a, r.code);
    for (const n of [r.name, r.short, r.nameEn, ...r.aliases]) add(loose, n, r.code);
  }

  const candidates = (key: string): string[] => {
    for (const s of stages) {
      const k = s.key(key);
      if (k === '') continue;
      const found = s.map.get(k);
      if (found) return found;
    }
    return [];
  };
  return {
    resolve(key) {
      const c = candidates(key);
      return c.length === 1 ? (c[0] ?? null) : null;
    },
    ambiguous(key) {
      const c = candidates(key);
      return c.length > 1 ? [...c] : [];
    },
  };
}
