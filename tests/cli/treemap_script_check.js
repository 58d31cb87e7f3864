// Runs the script of a size report's treemap page (argv[2]) in node with a minimal stand-in for
// the DOM, and checks that it draws: the top-level boxes tile the map exactly, every box lies
// inside its parent, zooming into the biggest library draws its classes, and the table lists the
// shown node's parts. Exits 1 with a message otherwise.
'use strict';
const fs = require('fs');
const html = fs.readFileSync(process.argv[2], 'utf8');
const match = html.match(/<script>([\s\S]*)<\/script>/);
if (!match) fail('no inline script');

function fail(message) { console.error(message); process.exit(1); }

const listeners = {};
// Just enough of the DOM for the page's script: elements with children, style, dataset (values
// kept as strings, as in a browser) and textContent (assigning '' removes the children).
class Element {
  constructor(tag, id) {
    Object.assign(this, {tag, id, style: {}, children: [], className: '', parentElement: null, text: ''});
    this.dataset = new Proxy({}, {set(t, k, v) { t[k] = String(v); return true; }});
    Object.assign(this, {clientWidth: 1000, clientHeight: 600, offsetWidth: 100, offsetHeight: 20});
  }
  set textContent(v) { this.text = v; if (v === '') this.children = []; }
  get textContent() { return this.text; }
  appendChild(c) { this.children.push(c); c.parentElement = this; return c; }
  addEventListener(type, f) { listeners[(this.id || this.tag) + ':' + type] = f; }
}
const byId = {};
global.document = {
  getElementById: id => byId[id] || (byId[id] = new Element('div', id)),
  createElement: tag => new Element(tag),
  createTextNode: text => ({text}),
};
global.window = {addEventListener() {}, innerWidth: 1200, innerHeight: 800};

new Function(match[1] + '\nglobal.__report = REPORT;')();
const report = global.__report;
const map = byId.map;

function px(v) { return parseFloat(v); }
function checkInside(box, w, h, where) {
  for (const c of box.children) {
    if (!c.style || c.style.left === undefined) continue;
    const x = px(c.style.left), y = px(c.style.top), cw = px(c.style.width), ch = px(c.style.height);
    if (x < -0.01 || y < -0.01 || x + cw > w + 0.01 || y + ch > h + 0.01) fail(`box outside ${where}: ${x},${y} ${cw}x${ch} in ${w}x${h}`);
    checkInside(c, cw, ch, where + ' > ' + c.dataset.id);
  }
}
function tiles(container, w, h) {
  let area = 0;
  for (const c of container.children) if (c.style && c.style.width !== undefined) area += px(c.style.width) * px(c.style.height);
  return Math.abs(area - w * h) < 1;
}

const W = 998, H = 598;
if (!tiles(map, W, H)) fail('the top-level boxes do not tile the map');
checkInside(map, W, H, 'map');
const libraries = map.children.length;
if (libraries !== report.children.filter(c => c.size > 0).length) fail(`${libraries} boxes for ${report.children.length} libraries`);
if (byId.rows.children.length !== report.children.length) fail('the table does not list every library');

// Zoom into the biggest library, as a click on its box does.
const first = map.children[0];
listeners['map:click']({target: first});
const biggest = report.children.find(c => String(c.id) === first.dataset.id);
if (!biggest) fail('the first box names no library');
if (map.children.length !== biggest.children.filter(c => c.size > 0).length) fail('zooming in did not draw the library\'s classes');
if (!tiles(map, W, H)) fail('the zoomed-in boxes do not tile the map');
if (byId.path.children.length !== 3) fail('the path does not show the report and the library');
console.log(`ok: ${libraries} libraries, ${map.children.length} classes in ${biggest.name}`);
