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

const BUTTON =
  "px-2 py-1 leading-none text-white/90 hover:text-white " +
  "aria-pressed:bg-white aria-pressed:font-bold aria-pressed:text-bar aria-pressed:hover:text-bar";

/**
 * Two choices in the header, remembered: the script Chinese text is shown in (as written,
 * Simplified, Traditional; converted in the browser by opencc-js, loaded only when needed) and the
 * language of the articles lists show (all, Chinese, English; CSS on <html data-reading>, set before
 * paint by the head script). Rendered with the defaults pressed; components/browser/site.ts applies
 * the saved choices and the clicks. Without JavaScript neither is shown: every page is as written,
 * every list complete.
 */
export function ReaderPrefs({ labels }: Props) {
  return (
    <div
      className="hidden flex-wrap items-center justify-end gap-3 text-sm [.js_&]:flex"
      data-noconvert=""
      data-prefs=""
    >
      <div role="group" aria-label={labels.script} className="flex overflow-hidden rounded border border-white/40">
        <button type="button" className={BUTTON} aria-pressed="true" title={labels.showOriginal} data-script-choice="">
          {labels.original}
        </button>
        <button
          type="button"
          className={BUTTON}
          aria-pressed="false"
          title={labels.showSimplified}
          lang="zh-CN"
          data-script-choice="zh-CN"
        >
          {labels.simplified}
        </button>
        <button
          type="button"
          className={BUTTON}
          aria-pressed="false"
          title={labels.showTraditional}
          lang="zh-HK"
          data-script-choice="zh-Hant"
        >
          {labels.traditional}
        </button>
      </div>
      <div role="group" aria-label={labels.reading} className="flex overflow-hidden rounded border border-white/40">
        <button type="button" className={BUTTON} aria-pressed="true" data-reading-choice="">
          {labels.all}
        </button>
        <button type="button" className={BUTTON} aria-pressed="false" lang="zh" data-reading-choice="zh">
          {labels.chinese}
        </button>
        <button type="button" className={BUTTON} aria-pressed="false" lang="en" data-reading-choice="en">
          {labels.english}
        </button>
      </div>
    </div>
  );
}
