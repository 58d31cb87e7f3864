#include "treemap_html.h"

#include <initializer_list>
#include <utility>

#include <llvm/Support/JSON.h>
#include <llvm/Support/raw_ostream.h>

#include "text_summary.h"

namespace dartc::driver::size_report {

namespace {

llvm::json::Value toJson(const SizeNode& node) {
  llvm::json::Object o{{"name", node.name}, {"size", static_cast<int64_t>(node.bytes)}};
  if (node.children.empty()) {
    o["kind"] = byteKindName(node.kind);
  } else {
    o["code"] = static_cast<int64_t>(node.code);
    o["data"] = static_cast<int64_t>(node.data);
    llvm::json::Array children;
    for (const SizeNode& child : node.children) children.push_back(toJson(child));
    o["children"] = std::move(children);
  }
  return o;
}

// `text` with each character that has a replacement replaced.
std::string replaceChars(const std::string& text, std::initializer_list<std::pair<char, const char*>> replacements) {
  std::string out;
  for (char c : text) {
    const char* with = nullptr;
    for (const auto& [from, to] : replacements) {
      if (c == from) with = to;
    }
    if (with) out += with;
    else out += c;
  }
  return out;
}

// JSON made safe to sit inside a <script> element and free of anything that reads like a URL or
// an attribute: '/', '<', '>', '=' and '&' only occur inside JSON strings, where escapes mean the same.
std::string scriptSafe(const std::string& json) {
  return replaceChars(json, {{'/', "\\/"}, {'<', "\\u003c"}, {'>', "\\u003e"}, {'=', "\\u003d"}, {'&', "\\u0026"}});
}

std::string htmlEscape(const std::string& text) {
  return replaceChars(text, {{'<', "&lt;"}, {'>', "&gt;"}, {'&', "&amp;"}, {'"', "&quot;"}});
}

constexpr const char* kStyle = R"CSS(
body { font: 13px system-ui, sans-serif; margin: 12px; color: #222; }
h1 { font-size: 18px; margin: 0 0 6px; }
#path { margin: 6px 0; }
#path span { cursor: pointer; color: #1a4d8f; text-decoration: underline; }
#path span.last { cursor: default; color: #222; text-decoration: none; font-weight: bold; }
#map { position: relative; width: 100%; height: 68vh; min-height: 320px; background: #fafafa; border: 1px solid #999; }
.box { position: absolute; box-sizing: border-box; border: 1px solid rgba(0,0,0,0.35); overflow: hidden; }
.box.zoom { cursor: zoom-in; }
.label { font-size: 11px; padding: 1px 3px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; pointer-events: none; }
#tip { position: fixed; display: none; background: #fffff0; border: 1px solid #777; padding: 4px 6px; pointer-events: none; max-width: 60ch; }
table { border-collapse: collapse; margin-top: 10px; }
td, th { padding: 1px 8px; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
)CSS";

constexpr const char* kScript = R"JS(
const total = REPORT.size;
const byId = new Map();
let nextId = 0;
(function index(node, parent, hue) {
  node.id = nextId++;
  node.parent = parent;
  node.hue = hue;
  byId.set(node.id, node);
  (node.children || []).forEach((c, i) => index(c, node, parent ? hue : (i * 47) % 360));
})(REPORT, null, 0);

function fmt(n) { return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
function pct(n) { return (total ? (100 * n / total) : 0).toFixed(1) + '%'; }

// Squarified treemap (Bruls, Huizing, van Wijk): rows of rectangles with aspect ratios near 1.
function worst(row, side) {
  let sum = 0, max = 0, min = Infinity;
  for (const r of row) { sum += r.area; max = Math.max(max, r.area); min = Math.min(min, r.area); }
  return Math.max(side * side * max / (sum * sum), (sum * sum) / (side * side * min));
}
function placeRow(row, rect, out) {
  const sum = row.reduce((s, r) => s + r.area, 0);
  if (rect.w >= rect.h) {
    const cw = sum / rect.h; let y = rect.y;
    for (const r of row) { const h = r.area / cw; out.push({node: r.node, x: rect.x, y, w: cw, h}); y += h; }
    return {x: rect.x + cw, y: rect.y, w: rect.w - cw, h: rect.h};
  }
  const rh = sum / rect.w; let x = rect.x;
  for (const r of row) { const w = r.area / rh; out.push({node: r.node, x, y: rect.y, w, h: rh}); x += w; }
  return {x: rect.x, y: rect.y + rh, w: rect.w, h: rect.h - rh};
}
function squarify(nodes, rect) {
  const out = [];
  const sum = nodes.reduce((s, n) => s + n.size, 0);
  if (sum <= 0 || rect.w <= 0 || rect.h <= 0) return out;
  const items = nodes.filter(n => n.size > 0).map(n => ({node: n, area: n.size * rect.w * rect.h / sum}));
  let row = [];
  while (items.length) {
    const side = Math.min(rect.w, rect.h);
    if (row.length === 0 || worst(row.concat([items[0]]), side) <= worst(row, side)) row.push(items.shift());
    else { rect = placeRow(row, rect, out); row = []; }
  }
  if (row.length) placeRow(row, rect, out);
  return out;
}

function pathOf(node) { const p = []; for (let n = node; n; n = n.parent) p.unshift(n); return p; }
function describe(node) {
  const names = pathOf(node).slice(1).map(n => n.name).join(' \u203a ');
  let text = (names || node.name) + '\n' + fmt(node.size) + ' bytes (' + pct(node.size) + ')';
  if (node.children) text += '; code ' + fmt(node.code) + ', data ' + fmt(node.data);
  else text += ', ' + node.kind;
  return text;
}

const map = document.getElementById('map');
const tip = document.getElementById('tip');
let current = REPORT;

function drawBoxes(container, nodes, rect, depth) {
  for (const r of squarify(nodes, rect)) {
    const n = r.node;
    const div = document.createElement('div');
    div.className = 'box' + (n.children ? ' zoom' : '');
    Object.assign(div.style, {left: r.x + 'px', top: r.y + 'px', width: r.w + 'px', height: r.h + 'px',
                              background: 'hsl(' + n.hue + ',55%,' + (62 + 10 * depth) + '%)'});
    div.dataset.id = n.id;
    if (r.w > 30 && r.h > 14) {
      const label = document.createElement('div');
      label.className = 'label';
      label.textContent = n.name + ' ' + fmt(n.size);
      div.appendChild(label);
    }
    container.appendChild(div);
    if (n.children && depth < 2 && r.w > 40 && r.h > 36) drawBoxes(div, n.children, {x: 2, y: 16, w: r.w - 6, h: r.h - 20}, depth + 1);
  }
}

function show(node) {
  current = node;
  map.textContent = '';
  drawBoxes(map, node.children || [node], {x: 0, y: 0, w: map.clientWidth - 2, h: map.clientHeight - 2}, 0);
  const path = document.getElementById('path');
  path.textContent = '';
  pathOf(node).forEach((n, i, all) => {
    if (i) path.appendChild(document.createTextNode(' \u203a '));
    const span = document.createElement('span');
    span.textContent = n.name + ' (' + fmt(n.size) + ')';
    if (i === all.length - 1) span.className = 'last'; else span.onclick = () => show(n);
    path.appendChild(span);
  });
  const rows = document.getElementById('rows');
  rows.textContent = '';
  for (const c of node.children || []) {
    const tr = document.createElement('tr');
    for (const [text, cls] of [[fmt(c.size), 'n'], [pct(c.size), 'n'], [c.name, '']]) {
      const td = document.createElement('td');
      td.textContent = text;
      td.className = cls;
      tr.appendChild(td);
    }
    rows.appendChild(tr);
  }
}

function nodeAt(target) {
  for (let el = target; el && el !== map; el = el.parentElement) if (el.dataset && el.dataset.id) return byId.get(Number(el.dataset.id));
  return null;
}
map.addEventListener('click', e => {
  // Zoom into the outermost box under the pointer that has parts.
  let n = nodeAt(e.target);
  while (n && n.parent !== current) n = n.parent;
  if (n && n.children) show(n);
});
map.addEventListener('mousemove', e => {
  const n = nodeAt(e.target);
  if (!n) { tip.style.display = 'none'; return; }
  tip.textContent = describe(n);
  tip.style.whiteSpace = 'pre-line';
  tip.style.display = 'block';
  tip.style.left = Math.min(e.clientX + 12, window.innerWidth - tip.offsetWidth - 4) + 'px';
  tip.style.top = Math.min(e.clientY + 12, window.innerHeight - tip.offsetHeight - 4) + 'px';
});
map.addEventListener('mouseleave', () => { tip.style.display = 'none'; });
window.addEventListener('resize', () => show(current));
show(REPORT);
)JS";

}  // namespace

std::string treemapHtml(const SizeReport& report) {
  SizeNode root = report.root;
  root.name = report.executable;
  std::string data;
  llvm::raw_string_ostream os(data);
  os << toJson(root);
  os.flush();
  std::string title = "Size of " + report.executable;
  std::string html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + htmlEscape(title) +
                     "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
  html += "<h1>" + htmlEscape(title) + " (" + htmlEscape(report.target) + "): " + withThousands(report.fileSize) + " bytes</h1>\n";
  html += "<div>Area is bytes in the file. Click a box to zoom in, a name in the path to zoom out; hover for details.</div>\n";
  html += "<div id=\"path\"></div>\n<div id=\"map\"></div>\n<div id=\"tip\"></div>\n";
  html += "<table><thead><tr><th>bytes</th><th>%</th><th>part</th></tr></thead><tbody id=\"rows\"></tbody></table>\n";
  html += "<script>\nconst REPORT = " + scriptSafe(data) + ";\n" + kScript + "</script>\n</body>\n</html>\n";
  return html;
}

}  // namespace dartc::driver::size_report
