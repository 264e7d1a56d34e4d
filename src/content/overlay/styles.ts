// The overlay's own style sheet, inside its closed shadow root: the page's CSS cannot reach it and it cannot leak.

/** Inline, !important styles on the host element: they beat any page rule aimed at it (or at popovers). Set through
 *  the CSSOM, which a page's Content-Security-Policy does not block (a style attribute would be). */
export const HOST_STYLE: readonly (readonly [string, string])[] = [
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'fixed'],
  ['inset', '0'],
  ['width', '100vw'],
  ['height', '100vh'],
  ['max-width', 'none'],
  ['max-height', 'none'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['background', 'transparent'],
  ['overflow', 'visible'],
  ['pointer-events', 'none'],
  ['z-index', '2147483647'],
  ['opacity', '1'],
  ['visibility', 'visible'],
  ['transform', 'none'],
  ['filter', 'none'],
  ['clip-path', 'none'],
];

export const CSS = `
:host{color-scheme:light}
*{box-sizing:border-box}
.dim{position:fixed;inset:0;pointer-events:none;background:rgb(0 0 0/.35)}
.spot{position:fixed;border-radius:6px;pointer-events:none;outline:3px solid #ffb000;outline-offset:2px;
transition:left .2s,top .2s,width .2s,height .2s}
[hidden]{display:none!important}
.card{position:fixed;left:0;top:0;width:min(360px,calc(100vw - 16px));max-height:calc(100vh - 16px);overflow:auto;
pointer-events:auto;background:#fff;color:#1b1b1b;border:1px solid #8a8a8a;border-radius:8px;padding:12px 14px;
box-shadow:0 6px 24px rgb(0 0 0/.3);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;
text-align:left}
.card:focus{outline:none}
.head{display:flex;align-items:center;gap:4px;margin:-4px -6px 4px 0;cursor:move;touch-action:none}
.count{flex:1;font-size:12px;color:#555;margin:0}
button.icon{border-color:transparent;padding:0 8px;font-size:16px;line-height:26px;color:#1d4f85}
button.icon:hover{border-color:#2a6db0}
.more{margin-top:8px}
button.disclosure{border:0;padding:2px 0;text-decoration:underline}
button.disclosure::before{content:"▸ ";text-decoration:none;display:inline-block;margin-right:4px}
button.disclosure[aria-expanded=true]::before{content:"▾ "}
.options{list-style:none;margin:4px 0 0;padding:0}
.options li{display:flex;flex-wrap:wrap;align-items:baseline;gap:2px 8px;margin:6px 0 0}
.what{font-size:12px;color:#444}
.badge{position:fixed;left:0;top:0;pointer-events:auto;font:600 13px/1 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;
padding:9px 14px;border-radius:18px;border:2px solid #fff;background:#2a6db0;color:#fff;cursor:pointer;
box-shadow:0 3px 12px rgb(0 0 0/.35)}
.title{font-size:15px;font-weight:600;margin:0 0 6px}
.note{margin:8px 0 0;padding:6px 8px;border-radius:4px;background:#eef4fb;border-left:4px solid #2a6db0}
.warn{background:#fff6e0;border-color:#c77700}
.error{background:#fdecec;border-color:#b3261e}
.ok{background:#eaf6ec;border-color:#2e7d32}
.code{display:block;margin-top:4px;font:600 15px/1.3 ui-monospace,monospace;user-select:all}
.row{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
button,a.button{font:inherit;font-size:13px;padding:4px 10px;border-radius:4px;border:1px solid #2a6db0;
background:#fff;color:#1d4f85;cursor:pointer;text-decoration:none}
button.primary{background:#2a6db0;color:#fff}
button:focus-visible,a:focus-visible{outline:3px solid #ffb000;outline-offset:1px}
a{color:#1d4f85}
textarea{width:100%;height:120px;font:12px/1.3 ui-monospace,monospace;margin-top:6px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (prefers-reduced-motion:reduce){.spot{transition:none}}
@media (forced-colors:active){.spot{outline-color:Highlight}}
`;
