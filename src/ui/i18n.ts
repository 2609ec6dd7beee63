/** Interface strings. Metric and region names come from the data, not from here. */
import type { Lang } from '../core/lang';

export type { Lang };
export { fillIn } from '../core/fillIn';

/** Strings keyed by name, each in both languages. */
export type StringTable = Record<string, Record<Lang, string>>;

/**
 * Looks strings up in a table. Parts of the app that load on their own (the embed and
 * export dialogs) keep their own tables, so their words load with them.
 */
export function translator<K extends string>(
  table: Record<K, Record<Lang, string>>,
): (key: K, lang: Lang) => string {
  // Own properties only: a language read from a link must never find Object's methods.
  return (key, lang) => {
    const row = table[key];
    return Object.hasOwn(row, lang) ? row[lang] : row.zh;
  };
}

const STRINGS = {
  title: { zh: '复工复产地图', en: 'Work resumption map' },
  subtitle: {
    zh: '疫情后各地复工复产进度：每个数字都注明来源与日期',
    en: 'How work came back after lockdowns: every figure with its source and date',
  },
  play: { zh: '播放', en: 'Play' },
  pause: { zh: '暂停', en: 'Pause' },
  date: { zh: '日期', en: 'Date' },
  timeline: { zh: '时间轴', en: 'Timeline' },
  colour: { zh: '面积着色', en: 'Fill colour' },
  points: { zh: '圆点大小', en: 'Circle size' },
  legend: { zh: '图例', en: 'Legend' },
  showLegend: { zh: '展开图例', en: 'Show the full legend' },
  options: { zh: '选项', en: 'Options' },
  noData: { zh: '无数据', en: 'No data' },
  observed: { zh: '当日实测', en: 'Observed that day' },
  carried: { zh: '沿用早前数值', en: 'Carried forward' },
  interpolated: { zh: '插值（估算）', en: 'Interpolated (estimate)' },
  stale: { zh: '无近期数据', en: 'No recent data' },
  uncertain: { zh: '日期不确定', en: 'Date uncertain' },
  onOrAfter: { zh: '不早于', en: 'on or after' },
  andNoLaterThan: { zh: '、不晚于', en: 'and no later than' },
  universe: { zh: '统计对象', en: 'Counts' },
  otherReport: { zh: '其他报道', en: 'other report' },
  otherFigures: { zh: '同日其他数字（地图未显示）', en: 'Other figures that day (not on the map)' },
  notOnMap: { zh: '地图未显示此数', en: 'Not on the map' },
  noRuleGiven: { zh: '数据未说明取舍', en: 'the data gives no rule' },
  chartLabel: {
    zh: '{region}{metric}图表：当前范围内 {n} 个实测数据',
    en: '{region}, {metric} chart: {n} observed figures in the range shown',
  },
  bound: { zh: '界值（≥ 或 ≤）', en: 'A bound (≥ or ≤)' },
  value: { zh: '数值', en: 'Value' },
  asOf: { zh: '截至', en: 'As of' },
  noLaterThan: { zh: '不晚于', en: 'no later than' },
  periodEnd: { zh: '统计期末', en: 'end of the reported period' },
  status: { zh: '状态', en: 'Status' },
  source: { zh: '来源', en: 'Source' },
  sources: { zh: '来源', en: 'Sources' },
  listSeparator: { zh: '，', en: ', ' },
  exportOpen: { zh: '导出', en: 'Export' },
  exportHint: {
    zh: '导出图片（PNG、SVG）或动画（WebM、MP4、GIF）',
    en: 'Export an image (PNG, SVG) or the animation (WebM, MP4, GIF)',
  },
  dayAnnouncement: {
    zh: '{date}：{shown} 个地区有数据，其中 {observed} 个为当日实测',
    en: '{date}: {shown} regions with data, {observed} observed that day',
  },
  daysOld: { zh: '天前的数据', en: 'days old' },
  loading: { zh: '正在加载数据…', en: 'Loading data…' },
  figuresRead: { zh: '已读取 {n} 条数据', en: '{n} figures read' },
  loadError: { zh: '数据加载失败', en: 'Could not load the data' },
  contextLost: {
    zh: '显卡暂时中断了地图绘制，恢复后地图会自动重绘。',
    en: 'The graphics card stopped drawing the map for now; it comes back by itself.',
  },
  mapCanvas: { zh: '地图', en: 'Map' },
  zoomIn: { zh: '放大', en: 'Zoom in' },
  zoomOut: { zh: '缩小', en: 'Zoom out' },
  inset: { zh: '插图：{name}', en: 'Inset: {name}' },
  insetLocator: { zh: '{name}在全国的位置', en: 'Where {name} lies in China' },
  dataIssues: { zh: '数据问题', en: 'Data issues' },
  notesCount: {
    zh: '数据与链接提示：显示 {shown} 条，共 {total} 条',
    en: 'Notes on the data and link: {shown} of {total} shown',
  },
  showAllNotes: { zh: '显示全部', en: 'Show all' },
  language: { zh: 'English', en: '中文' },
  languageLabel: { zh: 'Switch to English', en: '切换到中文' },
  // Explorer: timeline extras, settings, finder, detail panel, table.
  speed: { zh: '速度', en: 'Speed' },
  stepBack: { zh: '后退一天', en: 'Step back one day' },
  stepForward: { zh: '前进一天', en: 'Step forward one day' },
  prevObservation: { zh: '上一个观测日期', en: 'Previous observation date' },
  nextObservation: { zh: '下一个观测日期', en: 'Next observation date' },
  loop: { zh: '循环', en: 'Loop' },
  episode: { zh: '时段', en: 'Episode' },
  allDates: { zh: '全部日期', en: 'All dates' },
  event: { zh: '事件', en: 'Event' },
  axisBreak: {
    zh: '时间轴省略：{from}至{to}没有数字',
    en: 'Timeline shortened: no figures from {from} to {to}',
  },
  settings: { zh: '显示设置', en: 'Display settings' },
  interpolate: { zh: '两次数据之间插值（估算）', en: 'Interpolate between figures (estimate)' },
  maxAge: { zh: '沿用上限（天）', en: 'Maximum age (days)' },
  scaleMode: { zh: '色阶', en: 'Colour scale' },
  scaleBins: { zh: '分级', en: 'Classes' },
  scaleContinuous: { zh: '连续', en: 'Continuous' },
  view: { zh: '视图', en: 'View' },
  viewAll: { zh: '全部地区', en: 'All regions' },
  viewGuizhou: { zh: '贵州', en: 'Guizhou' },
  viewCities: { zh: '城市', en: 'Cities' },
  findRegion: { zh: '查找地区', en: 'Find a region' },
  regions: { zh: '地区', en: 'Regions' },
  noMatch: { zh: '没有匹配的地区', en: 'No matching region' },
  close: { zh: '关闭', en: 'Close' },
  details: { zh: '地区详情', en: 'Region details' },
  allFigures: { zh: '全部数据', en: 'All figures' },
  noFigures: { zh: '该指标没有数据', en: 'No figures for this metric' },
  evidence: { zh: '原文', en: 'Source phrase' },
  derivation: { zh: '推导', en: 'Derivation' },
  scope: { zh: '范围', en: 'Scope' },
  link: { zh: '原文链接', en: 'Link' },
  basisStated: { zh: '原文写明日期', en: 'date stated in the source' },
  basisPeriodEnd: { zh: '统计期末', en: 'end of the reported period' },
  basisPublished: {
    zh: '仅知发布日期：不晚于该日',
    en: 'publication date only: as of no later than',
  },
  basisNotBefore: {
    zh: '日期不确定：只知不早于该日',
    en: 'date uncertain: known only to be on or after',
  },
  denominator: { zh: '总数', en: 'of' },
  table: { zh: '表格', en: 'Table' },
  downloadCsv: { zh: '下载CSV', en: 'Download CSV' },
  region: { zh: '地区', en: 'Region' },
  chartLegendObserved: { zh: '实测', en: 'observed' },
  chartLegendCarried: { zh: '沿用（虚线）', en: 'carried (dashed)' },
  binsNote: {
    zh: '比率多集中在100%附近，所以分级越接近100越细；“100%”一级只含全部复工。',
    en: 'Rates bunch near 100%, so the classes narrow towards the top; the “100%” class holds only complete resumption.',
  },
  continuousNote: {
    zh: '连续色阶：从全期最低值到最高值。',
    en: 'Continuous: from the lowest to the highest figure of the whole period.',
  },
  anchorNote: {
    zh: '地区位置（小地区也可见）',
    en: 'Region location (keeps small regions findable)',
  },
  eventNote: { zh: '近几日的事件', en: 'Event of the past few days' },
} as const satisfies StringTable;

export type StringKey = keyof typeof STRINGS;

export const t: (key: StringKey, lang: Lang) => string = translator(STRINGS);
