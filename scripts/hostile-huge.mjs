// Writes the hostile corpus's one file too big to commit: e2e/fixtures/hostile/huge-10mb.md, a
// 10 MB article of ordinary Chinese news Markdown (headings, bold beside punctuation, links, lists).
// Deterministic; scripts/e2e-builds.sh runs it before building the hostile-content site.
import fs from "node:fs";
import path from "node:path";

const target = path.join(
  path.dirname(new URL(import.meta.url).pathname),
  "..",
  "e2e",
  "fixtures",
  "hostile",
  "huge-10mb.md",
);
const SIZE = 10 * 1024 * 1024;
const head =
  '---\ntitle: "十兆字节的长文"\ndate: "2026-01-16 10:00:00"\nsummary: "正文有 10 MB。"\ntags:\n  - "压力"\n---\n\n';
const parts = [head];
let size = Buffer.byteLength(head);
for (let i = 1; size < SIZE; i++) {
  const block =
    (i % 50 === 1 ? `## 第 ${Math.ceil(i / 50)} 部分\n\n` : "") +
    `第 ${i} 段：**港口吞吐量**（同比增长 ${i % 97}%）继续走高，[相关报道](/posts/normal/)指出，**“航运”**需求回暖。` +
    "这一段是填充文字，用来把文章撑到十兆字节，测试构建的时间与内存是否有界。\n\n" +
    (i % 10 === 0 ? `- 要点甲 ${i}\n- 要点乙 **${i}**\n\n` : "");
  parts.push(block);
  size += Buffer.byteLength(block);
}
parts.push("全文完。\n");
fs.writeFileSync(target, parts.join(""));
console.log(`${path.relative(process.cwd(), target)}: ${(fs.statSync(target).size / 1048576).toFixed(1)} MB`);
