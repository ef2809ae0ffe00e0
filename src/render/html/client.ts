/**
 * The page's script, inlined (and allowed by hash in the page's Content-Security-Policy, so
 * no other script could run even if one slipped in). It reads everything from the page:
 * findings are `li.f[data-i]`, highlighted claims are `mark.m[data-f="i j"]`; it fetches
 * nothing and stores nothing. It selects a finding (click, Enter or Space on it, j/k, a
 * click on one of its claims, or #f<i> in the address), highlights its claims in every
 * column and scrolls each column to them; applies the filters; opens the folded list for
 * printing. Without it the page still shows everything, as rendered.
 */
export const SCRIPT = String.raw`
(function () {
'use strict';
var doc = document;
var nav = doc.getElementById('findings');
var status = doc.getElementById('status');
var items = Array.prototype.slice.call(doc.querySelectorAll('li.f'));
var byIndex = {};
items.forEach(function (li) { byIndex[li.getAttribute('data-i')] = li; });
var marks = Array.prototype.slice.call(doc.querySelectorAll('mark.m'));
var marksOf = {};
marks.forEach(function (m) {
  m.getAttribute('data-f').split(' ').forEach(function (i) { (marksOf[i] = marksOf[i] || []).push(m); });
});
var only = doc.getElementById('only');
var form = doc.querySelector('form.filters');
var current = null;

function itemsOf(m) {
  return m.getAttribute('data-f').split(' ').filter(function (i) { return byIndex[i] && !byIndex[i].hidden; });
}
function textOf(el) { return el ? el.textContent.replace(/\s+/g, ' ').trim() : ''; }

function clear() {
  if (!current) return;
  current.li.classList.remove('sel');
  current.li.querySelector('.pick').setAttribute('aria-pressed', 'false');
  current.marks.forEach(function (m) { m.classList.remove('sel'); });
  current = null;
  status.textContent = 'No finding selected.';
  try { history.replaceState(null, '', location.pathname + location.search); } catch (e) { /* a page opened from disk may refuse */ }
}

/** Scrolls a box so that el stands a third of the way down it. */
function within(box, el, axis) {
  var b = box.getBoundingClientRect(), r = el.getBoundingClientRect();
  if (axis === 'x') box.scrollLeft += r.left - b.left - 8;
  else box.scrollTop += r.top - b.top - box.clientHeight / 3;
}
function scrolls(el) {
  var s = getComputedStyle(el);
  return el.scrollHeight > el.clientHeight + 1 && (s.overflowY === 'auto' || s.overflowY === 'scroll');
}

function select(i, from) {
  var li = byIndex[i];
  if (!li) return;
  clear();
  var ms = marksOf[i] || [];
  current = { i: i, li: li, marks: ms };
  li.classList.add('sel');
  li.querySelector('.pick').setAttribute('aria-pressed', 'true');
  ms.forEach(function (m) { m.classList.add('sel'); });
  if (only && only.contains(li)) only.open = true;
  if (scrolls(nav)) { var n = nav.getBoundingClientRect(), r = li.getBoundingClientRect(); if (r.top < n.top || r.bottom > n.bottom) within(nav, li); }
  var seen = [], page = false;
  ms.forEach(function (m) {
    var box = m.closest('.text');
    if (seen.indexOf(box) >= 0) return;
    seen.push(box);
    if (box === from) return;
    if (scrolls(box)) within(box, m);
    else if (!page && !from) { page = true; m.scrollIntoView({ block: 'center' }); }
  });
  var cols = doc.getElementById('reports');
  if (seen.length && cols.scrollWidth > cols.clientWidth) {
    var c = cols.getBoundingClientRect(), first = seen[0].getBoundingClientRect();
    if (first.left < c.left || first.right > c.right) within(cols, seen[0].parentNode, 'x');
  }
  status.textContent = 'Selected: ' + textOf(li.querySelector('.pick')) + ', ' + seen.length + ' of ' + doc.querySelectorAll('.col').length + ' reports.';
  try { history.replaceState(null, '', '#f' + i); } catch (e) { /* a page opened from disk may refuse */ }
}

function visiblePicks() {
  return items.filter(function (li) { return !li.hidden && !(only && only.contains(li) && !only.open); })
    .map(function (li) { return li.querySelector('.pick'); });
}

function step(by) {
  var picks = visiblePicks();
  if (!picks.length) return;
  var at = current ? picks.indexOf(current.li.querySelector('.pick')) : -1;
  var next = picks[at < 0 ? (by > 0 ? 0 : picks.length - 1) : Math.max(0, Math.min(picks.length - 1, at + by))];
  select(next.parentNode.getAttribute('data-i'), null);
  next.focus();
}

function applyFilters() {
  if (!form) return;
  var on = function (name) {
    var set = {};
    Array.prototype.forEach.call(form.querySelectorAll('input[name="' + name + '"]'), function (box) { set[box.value] = box.checked; });
    return set;
  };
  var verdicts = on('v'), kinds = on('k');
  items.forEach(function (li) {
    var v = li.getAttribute('data-v');
    li.hidden = !(kinds[li.getAttribute('data-k')] && (v === null || verdicts[v]));
  });
  marks.forEach(function (m) { m.classList.toggle('off', itemsOf(m).length === 0); });
  var shown = 0;
  Array.prototype.forEach.call(doc.querySelectorAll('.sec'), function (sec) {
    var n = sec.querySelectorAll('li.f:not([hidden])').length;
    shown += n;
    sec.hidden = n === 0;
    sec.querySelector('h2 .cnt').textContent = n;
  });
  doc.getElementById('none').hidden = shown > 0;
  if (current && current.li.hidden) clear();
}

doc.addEventListener('click', function (e) {
  var t = e.target;
  var m = t.closest && t.closest('mark.m');
  if (m) {
    var sel = window.getSelection();
    if (sel && !sel.isCollapsed && String(sel).trim() !== '') return;
    var fs = itemsOf(m);
    if (!fs.length) return;
    var at = current ? fs.indexOf(current.i) : -1;
    select(fs[(at + 1) % fs.length], m.closest('.text'));
    return;
  }
  var li = t.closest && t.closest('li.f');
  if (li && !t.closest('a')) select(li.getAttribute('data-i'), null);
});

nav.addEventListener('keydown', function (e) {
  if (!e.target.classList.contains('pick')) return;
  var picks = visiblePicks(), at = picks.indexOf(e.target), to = -1;
  if (e.key === 'ArrowDown') to = Math.min(picks.length - 1, at + 1);
  else if (e.key === 'ArrowUp') to = Math.max(0, at - 1);
  else if (e.key === 'Home') to = 0;
  else if (e.key === 'End') to = picks.length - 1;
  if (to < 0) return;
  e.preventDefault();
  picks[to].focus();
});

doc.addEventListener('keydown', function (e) {
  if (e.altKey || e.ctrlKey || e.metaKey || (e.target.closest && e.target.closest('input, select, textarea'))) return;
  if (e.key === 'Escape') clear();
  else if (e.key === 'j') step(1);
  else if (e.key === 'k') step(-1);
});

if (form) {
  form.addEventListener('change', applyFilters);
  form.addEventListener('click', function (e) {
    var preset = e.target.getAttribute && e.target.getAttribute('data-preset');
    if (!preset) return;
    Array.prototype.forEach.call(form.querySelectorAll('input'), function (box) {
      box.checked = preset === 'all' || box.name !== 'v' || box.getAttribute('data-conflict') !== null;
    });
    applyFilters();
  });
}

var wasOpen = false;
window.addEventListener('beforeprint', function () { if (only) { wasOpen = only.open; only.open = true; } });
window.addEventListener('afterprint', function () { if (only) only.open = wasOpen; });

applyFilters();
var hash = /^#f(\d+)$/.exec(location.hash);
if (hash) select(hash[1], null);
})();
`.trim();
