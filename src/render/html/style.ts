/**
 * The page's stylesheet, inlined in every page (no fonts or files to fetch). Each verdict
 * and claim kind has a colour (`--c`) and a line style (`--s`, `--w`): the line style
 * tells verdicts apart where colour cannot (colour blindness, forced colours, a black and
 * white printout). Layouts: findings beside the reports, each report a column scrolling on
 * its own (more than four scroll sideways); one column under 60rem; on paper, everything
 * in one flow with the findings and their evidence first.
 */
export const STYLE = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1a1a1a;--mute:#595959;--line:#d4d4d4;--panel:#f5f5f2;--focus:#1a5fb4;--on:#fff;
font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans",Arial,sans-serif}
.c-conflict{--c:#b3261e;--s:solid;--w:3px}.c-misattributed{--c:#8e24aa;--s:double;--w:3px}
.c-reworded{--c:#8a5a00;--s:dashed;--w:2px}.c-unsupported{--c:#c2410c;--s:dotted;--w:3px}
.c-agree{--c:#1e7b34;--s:solid;--w:1px}.c-compatible{--c:#0f766e;--s:dashed;--w:1px}.c-only-one{--c:#3b5bdb;--s:dotted;--w:2px}
.c-number{--c:#1d4ed8;--s:solid;--w:2px}.c-person{--c:#0f766e;--s:dashed;--w:2px}.c-quote{--c:#8a5a00;--s:dotted;--w:3px}
@media (prefers-color-scheme:dark){:root{--bg:#15171a;--fg:#e9e9e9;--mute:#ababab;--line:#3b3e44;--panel:#1e2125;--focus:#8ab4ff;--on:#111}
.c-conflict{--c:#ff8a80}.c-misattributed{--c:#e2a6ef}.c-reworded{--c:#f2c14e}.c-unsupported{--c:#ffab70}
.c-agree{--c:#7fdc9a}.c-compatible{--c:#5fd3c6}.c-only-one{--c:#9fb5ff}.c-number{--c:#8fb3ff}.c-person{--c:#5fd3c6}.c-quote{--c:#f2c14e}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg)}
a{color:var(--focus)}
:focus-visible{outline:2px solid var(--focus);outline-offset:2px}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.skip{position:absolute;left:.5rem;top:-3rem;background:var(--bg);padding:.3rem .6rem;z-index:2}.skip:focus{top:.5rem}
.top{padding:.6rem 1rem;border-bottom:1px solid var(--line)}
.top h1{font-size:1.15rem;margin:0 0 .3rem}
.top .crumb{margin:0 0 .2rem;font-size:.9em}
.rl{list-style:none;margin:0 0 .4rem;padding:0;display:flex;flex-wrap:wrap;gap:.2rem 1.2rem}
.bytes,.cnt{color:var(--mute);font-size:.85em}
.summary{margin:0;display:flex;flex-wrap:wrap;gap:.35rem}
.chip{border:1px solid var(--c);border-left:6px var(--s) var(--c);border-radius:4px;padding:0 .45rem;font-size:.9em}
.chip.zero{opacity:.55}
.tag{display:inline-block;min-width:1.5em;padding:0 .25em;border:1px solid var(--mute);border-radius:3px;text-align:center;font-size:.8em;font-weight:700}
.panes{display:grid;grid-template-columns:min(24rem,32%) minmax(0,1fr);height:100vh}
#findings{overflow:auto;background:var(--panel);border-right:1px solid var(--line);padding:.4rem .75rem 2rem}
.filters{font-size:.9em}
.filters fieldset{border:1px solid var(--line);border-radius:4px;margin:.3rem 0;padding:.2rem .5rem .35rem;display:flex;flex-wrap:wrap;gap:.1rem .8rem}
.filters legend{font-weight:600;padding:0 .2rem}
.filters label{white-space:nowrap;border-bottom:var(--w,0) var(--s,solid) var(--c,transparent)}
.presets{margin:.3rem 0;display:flex;gap:.4rem}
button{font:inherit;color:inherit}
.presets button{background:var(--bg);border:1px solid var(--mute);border-radius:4px;padding:.05rem .5rem;cursor:pointer}
.keys{color:var(--mute);font-size:.8em;margin:.2rem 0 .5rem}
.sec h2{font-size:.95rem;margin:.8rem 0 .2rem}
details.sec summary{cursor:pointer}details.sec summary h2{display:inline}
.list{list-style:none;margin:0;padding:0}
.f{background:var(--bg);border:1px solid var(--line);border-left:5px var(--s) var(--c);border-radius:4px;margin:.35rem 0;padding:.3rem .5rem;cursor:pointer}
.f.sel{outline:2px solid var(--c);outline-offset:1px;background:color-mix(in srgb,var(--c) 9%,var(--bg))}
.pick{display:flex;flex-wrap:wrap;align-items:baseline;gap:.15rem .4rem;width:100%;background:none;border:0;padding:0;text-align:left;cursor:pointer}
.b{background:var(--c);color:var(--on);border-radius:3px;padding:0 .35em;font-size:.8em;font-weight:700}
.k{color:var(--mute);font-size:.8em}
.kn{border:1px solid var(--mute);color:var(--mute);border-radius:3px;padding:0 .3em;font-size:.75em}
.subj{font-weight:600;overflow-wrap:anywhere}
.sides{list-style:none;margin:.25rem 0 0;padding:0;font-size:.9em}
.sides li{margin:.15rem 0;overflow-wrap:anywhere}
.at{color:var(--mute);font-size:.85em;white-space:nowrap}
.note,.diff,.min{margin:.25rem 0 0;font-size:.85em;color:var(--mute);overflow-wrap:anywhere}
.diff{color:var(--fg)}.lbl{color:var(--mute)}
del{background:color-mix(in srgb,#d32f2f 22%,transparent);text-decoration:line-through}
ins{background:color-mix(in srgb,#2e7d32 22%,transparent);text-decoration:underline}
del+ins,ins+del{margin-left:.3em}
.ctl{font:.72em ui-monospace,Menlo,Consolas,"Liberation Mono",monospace;border:1px solid currentColor;border-radius:2px;padding:0 .15em;margin:0 .05em;color:var(--mute)}
.empty,.none{color:var(--mute);font-style:italic}
.columns{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(15rem,1fr);overflow-x:auto;min-height:0}
.col{display:flex;flex-direction:column;min-height:0;min-width:0;border-right:1px solid var(--line)}
.col h2{font-size:.9rem;font-weight:600;margin:0;padding:.4rem .6rem;border-bottom:1px solid var(--line);overflow-wrap:anywhere}
.text{flex:1;overflow:auto;padding:.4rem 0 40vh;line-height:1.6}
.l{display:flex;white-space:pre-wrap;overflow-wrap:anywhere;min-height:1.6em}
.n{flex:none;width:3.4em;padding-right:.75em;text-align:right;color:var(--mute);font-size:.85em;font-variant-numeric:tabular-nums;user-select:none}
.n::before{content:attr(data-n)}
.s{flex:1;min-width:0;padding-right:.6rem;unicode-bidi:plaintext}
mark.m{color:inherit;background:color-mix(in srgb,var(--c) 15%,transparent);border-bottom:var(--w) var(--s) var(--c);cursor:pointer;unicode-bidi:isolate}
mark.m.sel{background:color-mix(in srgb,var(--c) 38%,transparent);outline:2px solid var(--c)}
mark.m.off{background:none;border-bottom-color:transparent;cursor:auto}
@media (prefers-contrast:more){:root{--fg:#000;--mute:#222;--line:#555}mark.m{border-bottom-width:calc(var(--w) + 1px)}.f{border-left-width:8px}mark.m.sel{outline-width:3px}}
@media (prefers-contrast:more) and (prefers-color-scheme:dark){:root{--fg:#fff;--mute:#ddd;--line:#aaa}}
@media (forced-colors:active){mark.m,.f,.chip{border-color:CanvasText}mark.m.sel,.f.sel{outline:3px solid Highlight}.b{border:1px solid CanvasText}mark.m.off{border-bottom-color:Canvas}}
@media (max-width:60rem){.panes{display:block;height:auto}#findings{border-right:0;border-bottom:1px solid var(--line)}
.columns{grid-auto-flow:row;grid-auto-columns:auto;overflow:visible}.col{border-right:0;border-bottom:1px solid var(--line)}.text{overflow:visible;padding-bottom:.6rem}}
@media print{:root{font-size:11pt}.skip,.filters,.keys,.presets{display:none}
.panes{display:block;height:auto}#findings{overflow:visible;background:none;border:0;padding:0}
.columns{display:block;overflow:visible}.col{display:block;border:0;margin-top:1rem}.col h2{border-bottom:2px solid}
.text{overflow:visible;padding-bottom:0}.f,.l{break-inside:avoid}
*{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
table.idx{border-collapse:collapse;margin:1rem}
.idx th,.idx td{border:1px solid var(--line);padding:.25rem .55rem;text-align:right}
.idx th:first-child,.idx td:first-child{text-align:left}
.idx .failed td{color:var(--mute);text-align:left}
.idx .hot td:first-child{border-left:5px solid var(--c)}
`.trim();
