/**
 * "新" and "已读" on the cards of list pages, from what this browser remembers (localStorage only:
 * no cookie, nothing sent). A plain inline script at the end of the body, run on every full page
 * load of both hosts; no React. Without JavaScript (or storage) the marks simply stay hidden.
 *
 * - An article page (`data-read-slug`) adds its slug to the read list (the newest 500 kept).
 * - A list page (`data-list`) is a visit. A visit that comes more than 30 minutes after the last
 *   list page seen starts a new one: the previous visit's last view becomes `prev`, and a card
 *   dated after `prev` is new. Reloading or paging within 30 minutes keeps `prev`, so the marks
 *   stay. The very first visit marks nothing new.
 * - A card whose article was opened is marked read (its title dimmed, and the text mark) instead.
 *
 * The script only removes `hidden` from marks the server rendered (their text from lib/i18n) and
 * sets `data-read` on cards: attributes, which hydration leaves alone (suppressHydrationWarning).
 */
export const VISIT_KEY = "visit";
export const READ_KEY = "read";
export const VISIT_GAP_MS = 30 * 60_000;
export const READ_LIMIT = 500;

export const VISIT_SCRIPT =
  `(function(d){try{var s=localStorage,n=Date.now(),` +
  `g=function(k,f){try{return JSON.parse(s.getItem(k))||f}catch(e){return f}},` +
  `r=g("${READ_KEY}",[]);if(!Array.isArray(r))r=[];` +
  // An article page: remember it as read.
  `var a=d.querySelector("[data-read-slug]");if(a){var x=a.getAttribute("data-read-slug"),i=r.indexOf(x);` +
  `if(i>=0)r.splice(i,1);r.push(x);if(r.length>${READ_LIMIT})r=r.slice(-${READ_LIMIT});` +
  `s.setItem("${READ_KEY}",JSON.stringify(r))}` +
  // A list page: a visit; mark its cards.
  `if(!d.querySelector("[data-list]"))return;` +
  `var v=g("${VISIT_KEY}",null);` +
  `if(!v||typeof v.last!=="number")v={prev:null,last:n};` +
  `else if(n-v.last>${VISIT_GAP_MS})v={prev:v.last,last:n};else v.last=n;` +
  `s.setItem("${VISIT_KEY}",JSON.stringify(v));var o={};r.forEach(function(k){o[k]=1});` +
  `d.querySelectorAll("[data-list] [data-card]").forEach(function(c){` +
  `var m=function(k){var e=c.querySelector('[data-mark="'+k+'"]');if(e)e.removeAttribute("hidden")};` +
  `if(o[c.getAttribute("data-card")]){c.setAttribute("data-read","");m("read")}` +
  `else if(typeof v.prev==="number"&&Number(c.getAttribute("data-time"))>v.prev)m("new")})` +
  `}catch(e){}})(document);`;

export function VisitMarks() {
  return <script dangerouslySetInnerHTML={{ __html: VISIT_SCRIPT }} />;
}
