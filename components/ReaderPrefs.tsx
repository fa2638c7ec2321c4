"use client";

import { useEffect, useState } from "react";
import type { Script } from "@/lib/script/convert";
import { READING_KEY, SCRIPT_KEY } from "./HeadScript";

type Reading = "zh" | "en" | null;

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

function load(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function save(key: string, value: string | null) {
  try {
    if (value) localStorage.setItem(key, value);
    else localStorage.removeItem(key);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}

/** The reader's Traditional: Taiwan's forms for a browser that asks for them, else Hong Kong's. */
function traditional(): Script {
  return navigator.languages.some((l) => /^zh-(hant-)?tw$/i.test(l)) ? "zh-TW" : "zh-HK";
}

async function show(script: Script | null) {
  const { showScript } = await import("./script/apply");
  await showScript(script);
}

/**
 * Two choices in the header, remembered: the script Chinese text is shown in (as written,
 * Simplified, Traditional; converted in the browser by opencc-js, loaded only when needed) and the
 * language of the articles lists show (all, Chinese, English; CSS on <html data-reading>, set before
 * paint by the head script). Without JavaScript neither is shown: every page is as written, every
 * list complete.
 */
export function ReaderPrefs({ labels }: Props) {
  const [script, setScript] = useState<Script | null>(null);
  const [reading, setReading] = useState<Reading>(null);

  useEffect(() => {
    const saved = load(SCRIPT_KEY);
    const chosen = saved === "zh-CN" || saved === "zh-HK" || saved === "zh-TW" ? saved : null;
    const r = load(READING_KEY);
    // Saved choices are read after hydration: the page itself is static.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setScript(chosen);
    setReading(r === "zh" || r === "en" ? r : null);
    const done = () => document.documentElement.classList.remove("script-pending");
    if (chosen)
      show(chosen)
        .catch(() => {})
        .finally(done);
    else done();
  }, []);

  const pickScript = (next: Script | null) => {
    setScript(next);
    save(SCRIPT_KEY, next);
    void show(next);
  };
  const pickReading = (next: Reading) => {
    setReading(next);
    save(READING_KEY, next);
    if (next) document.documentElement.setAttribute("data-reading", next);
    else document.documentElement.removeAttribute("data-reading");
  };

  const button = (pressed: boolean) =>
    "px-2 py-1 leading-none " + (pressed ? "bg-white text-bar font-bold" : "text-white/90 hover:text-white");
  return (
    <div className="hidden flex-wrap items-center justify-end gap-3 text-sm [.js_&]:flex" data-noconvert="">
      <div role="group" aria-label={labels.script} className="flex overflow-hidden rounded border border-white/40">
        <button
          type="button"
          className={button(!script)}
          aria-pressed={!script}
          title={labels.showOriginal}
          onClick={() => pickScript(null)}
        >
          {labels.original}
        </button>
        <button
          type="button"
          className={button(script === "zh-CN")}
          aria-pressed={script === "zh-CN"}
          title={labels.showSimplified}
          lang="zh-CN"
          onClick={() => pickScript("zh-CN")}
        >
          {labels.simplified}
        </button>
        <button
          type="button"
          className={button(script === "zh-HK" || script === "zh-TW")}
          aria-pressed={script === "zh-HK" || script === "zh-TW"}
          title={labels.showTraditional}
          lang="zh-HK"
          onClick={() => pickScript(traditional())}
        >
          {labels.traditional}
        </button>
      </div>
      <div role="group" aria-label={labels.reading} className="flex overflow-hidden rounded border border-white/40">
        <button type="button" className={button(!reading)} aria-pressed={!reading} onClick={() => pickReading(null)}>
          {labels.all}
        </button>
        <button
          type="button"
          className={button(reading === "zh")}
          aria-pressed={reading === "zh"}
          lang="zh"
          onClick={() => pickReading("zh")}
        >
          {labels.chinese}
        </button>
        <button
          type="button"
          className={button(reading === "en")}
          aria-pressed={reading === "en"}
          lang="en"
          onClick={() => pickReading("en")}
        >
          {labels.english}
        </button>
      </div>
    </div>
  );
}
