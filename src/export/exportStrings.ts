import { fillIn, translator, type Lang, type StringTable } from '../ui/i18n';

/** Words of the export dialog; they load with it, not with the map. */
const S = {
  heading: { zh: '导出', en: 'Export' },
  image: { zh: '图片', en: 'Image' },
  format: { zh: '格式', en: 'Format' },
  size: { zh: '尺寸', en: 'Size' },
  screen: { zh: '屏幕尺寸', en: 'Screen size' },
  double: { zh: '2 倍', en: '2×' },
  print: { zh: '印刷宽度', en: 'Print width' },
  mm: { zh: '毫米，300 dpi', en: 'mm at 300 dpi' },
  svgNote: { zh: 'SVG 为矢量图，适合印刷与编辑', en: 'SVG is vector: for print and editing' },
  downloadImage: { zh: '下载图片', en: 'Download image' },
  animation: { zh: '动画', en: 'Animation' },
  from: { zh: '从', en: 'From' },
  to: { zh: '到', en: 'To' },
  framesPerDay: { zh: '每天帧数', en: 'Frames per day' },
  exportAnimation: { zh: '导出动画', en: 'Export animation' },
  cancel: { zh: '取消', en: 'Cancel' },
  working: { zh: '正在导出…', en: 'Exporting…' },
  frames: { zh: '帧', en: 'frames' },
  seconds: { zh: '秒', en: 's' },
  done: { zh: '已导出', en: 'Exported' },
  cancelled: { zh: '已取消导出，地图未改变。', en: 'Export cancelled; the map is as it was.' },
  failed: { zh: '导出失败，地图未改变：', en: 'Export failed; the map is as it was: ' },
  noVideo: {
    zh: '此浏览器不支持视频编码（WebCodecs），请选择 GIF。',
    en: 'This browser cannot encode video (WebCodecs); choose GIF.',
  },
  clamped: { zh: '（宽度已缩小到画布上限）', en: ' (width reduced to the canvas limit)' },
  mapDraws: { zh: '（地图绘制 {n} 次）', en: '(map drawn {n}×)' },
  badRange: { zh: '日期范围无效', en: 'The date range is not valid' },
} as const satisfies StringTable;

export const es = translator(S);

/** How many frames needed a new map picture: days with no change reuse the one before. */
export function mapDrawsNote(n: number, lang: Lang): string {
  return fillIn(es('mapDraws', lang), { n });
}
