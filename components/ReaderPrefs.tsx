interface Labels {
  script: string;
  original: string;
  simplified: string;
  traditional: string;
  showOriginal: string;
  showSimplified: string;
  showTraditional: string;
  reading: string;
  all: string;
  chinese: string;
  english: string;
}

interface Props {
  labels: Labels;
}

const GROUP = "prefs-group flex overflow-hidden rounded border border-white/40";

/**
 * Two choices in the header, remembered: the script Chinese text is shown in (as written,
 * Simplified, Traditional; converted in the browser by opencc-js, loaded only when needed) and the
 * language of the articles lists show (all, Chinese, English; CSS on <html data-reading>, set before
 * paint by the head script). Rendered with the defaults pressed; components/browser/site.ts applies
 * the saved choices and the clicks. Without JavaScript neither is shown: every page is as written,
 * every list complete. The buttons are styled from their group (.prefs-group in globals.css): the
 * header is on every page, and its markup is part of every page's build cost (README › Build cost).
 */
export function ReaderPrefs({ labels }: Props) {
  return (
    <div
      className="hidden flex-wrap items-center justify-end gap-3 text-sm [.js_&]:flex"
      data-noconvert=""
      data-prefs=""
    >
      <div role="group" aria-label={labels.script} className={GROUP}>
        <button type="button" aria-pressed="true" title={labels.showOriginal} data-script-choice="">
          {labels.original}
        </button>
        <button
          type="button"
          aria-pressed="false"
          title={labels.showSimplified}
          lang="zh-CN"
          data-script-choice="zh-CN"
        >
          {labels.simplified}
        </button>
        <button
          type="button"
          aria-pressed="false"
          title={labels.showTraditional}
          lang="zh-HK"
          data-script-choice="zh-Hant"
        >
          {labels.traditional}
        </button>
      </div>
      <div role="group" aria-label={labels.reading} className={GROUP}>
        <button type="button" aria-pressed="true" data-reading-choice="">
          {labels.all}
        </button>
        <button type="button" aria-pressed="false" lang="zh" data-reading-choice="zh">
          {labels.chinese}
        </button>
        <button type="button" aria-pressed="false" lang="en" data-reading-choice="en">
          {labels.english}
        </button>
      </div>
    </div>
  );
}
