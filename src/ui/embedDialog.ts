import { h, listen, uniqueId } from './dom';
import { t, translator, type Lang, type StringTable } from './i18n';
import { embedUrl, iframeSnippet, shareUrl } from '../core/embedLink';
// How to host imported data, as the Data panel says it.
import { say as sayData } from './dataStrings';

const S = {
  button: { zh: '嵌入', en: 'Embed' },
  heading: { zh: '嵌入到报告', en: 'Embed in a report' },
  intro: {
    zh: '以下代码嵌入的就是当前视图（日期、指标、范围或移动后的地图位置、地区、色阶、插值、沿用上限、语言、数据）。嵌入版只显示标题、地图、图例、时间轴和来源；代码中的脚本让框架高度随内容调整。',
    en: 'This embeds exactly the current view (date, metrics, view or where you moved the map, region, colour scale, interpolation, maximum age, language, data). The embed shows only the title, map, legend, timeline and sources; the snippet’s script sizes the frame to its content.',
  },
  imported: {
    zh: '这张地图显示的是在本浏览器中导入的数据，只在这里：链接或嵌入代码打开的会是内置数据，不是它。',
    en: 'This map shows data imported in this browser, which lives only here: a link or embed would open the shipped data instead.',
  },
  snippet: { zh: 'iframe 代码', en: 'iframe snippet' },
  link: { zh: '嵌入版链接', en: 'Embed link' },
  share: { zh: '完整地图链接', en: 'Link to the full map' },
  height: { zh: '高度（像素）', en: 'Height (px)' },
  copy: { zh: '复制', en: 'Copy' },
  copied: { zh: '已复制', en: 'Copied' },
  copyFailed: { zh: '无法复制，请手动选择文本', en: 'Could not copy; select the text by hand' },
} as const satisfies StringTable;
const say = translator(S);

export interface EmbedInfo {
  /** The stand-alone page the embed points at. */
  pageUrl: string;
  /** The current view as URL parameters. */
  query: string;
  lang: Lang;
  title: string;
  /** Where the dialog attaches. */
  root: HTMLElement;
  /** The map shows figures imported in this browser, which no link can carry. */
  imported: boolean;
}

async function copyText(
  text: string,
  field: HTMLInputElement | HTMLTextAreaElement,
): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field.focus();
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** The Embed dialog: an iframe snippet and links for exactly the current view, with copy buttons. */
function openEmbedDialog(info: EmbedInfo): HTMLDialogElement {
  const L = (k: keyof typeof S) => say(k, info.lang);
  const uid = uniqueId('em');
  const url = embedUrl(info.pageUrl, info.query);
  const heightInput = h('input', {
    type: 'number',
    min: 240,
    max: 2000,
    step: 10,
    value: 560,
    id: `em-hgt-${uid}`,
  });
  const snippet = h('textarea', {
    readonly: true,
    rows: 4,
    class: 'snippet',
    id: `em-snip-${uid}`,
    spellcheck: 'false',
  });
  const link = h('input', {
    type: 'text',
    readonly: true,
    value: url,
    class: 'link',
    id: `em-link-${uid}`,
  });
  const full = h('input', {
    type: 'text',
    readonly: true,
    value: shareUrl(info.pageUrl, info.query),
    class: 'link',
    id: `em-full-${uid}`,
  });
  const status = h('p', { class: 'em-status', role: 'status', 'aria-live': 'polite' });
  const render = () => {
    snippet.value = iframeSnippet(url, {
      title: info.title,
      height: Number(heightInput.value) || 560,
    });
  };
  render();
  const copyButton = (field: HTMLInputElement | HTMLTextAreaElement, what: string) => {
    const b = h(
      'button',
      { type: 'button', class: 'copy', 'aria-label': `${L('copy')}: ${what}` },
      L('copy'),
    );
    b.addEventListener('click', () => {
      void copyText(field.value, field).then((ok) => {
        status.textContent = ok ? `${L('copied')}: ${what}` : L('copyFailed');
      });
    });
    return b;
  };
  const closeButton = h('button', { type: 'button', class: 'em-close' }, t('close', info.lang));
  const dialog = h(
    'dialog',
    { class: 'rmap-dialog embed-dialog', 'aria-labelledby': `em-h-${uid}` },
    h('h2', { id: `em-h-${uid}` }, L('heading')),
    // No code for imported figures: it would embed other data under the same title.
    ...(info.imported
      ? [h('p', { class: 'hint imported' }, L('imported'), ' ', sayData('embedNote', info.lang))]
      : [
          h('p', { class: 'hint' }, L('intro')),
          h('label', { for: `em-snip-${uid}` }, L('snippet')),
          h('div', { class: 'copy-row' }, snippet, copyButton(snippet, L('snippet'))),
          // Its own row: the next label would otherwise run on after the short input.
          h(
            'div',
            { class: 'field-row' },
            h('label', { for: `em-hgt-${uid}` }, L('height')),
            heightInput,
          ),
          h('label', { for: `em-link-${uid}` }, L('link')),
          h('div', { class: 'copy-row' }, link, copyButton(link, L('link'))),
          h('label', { for: `em-full-${uid}` }, L('share')),
          h('div', { class: 'copy-row' }, full, copyButton(full, L('share'))),
          status,
        ]),
    h('div', { class: 'actions' }, closeButton),
  );
  const offs = [
    listen(heightInput, 'input', render),
    listen(closeButton, 'click', () => dialog.close()),
  ];
  dialog.addEventListener('close', () => {
    offs.forEach((f) => f());
    dialog.remove();
  });
  info.root.append(dialog);
  dialog.showModal();
  return dialog;
}

/** The Embed button in the header. */
export function createEmbedButton(info: () => EmbedInfo | null) {
  const element = h('button', { type: 'button', class: 'embed-open', 'aria-haspopup': 'dialog' });
  const off = listen(element, 'click', () => {
    const i = info();
    if (i) openEmbedDialog(i);
  });
  return {
    element,
    render(lang: Lang) {
      element.textContent = say('button', lang);
    },
    destroy() {
      off();
      element.remove();
    },
  };
}

const OPEN_FULL = { zh: '打开完整地图 ↗', en: 'Open the full map ↗' } as const;

/** In an embed: a link to the same view in the full app, in a new tab. */
export function openFullLabel(lang: Lang): string {
  return OPEN_FULL[lang];
}
