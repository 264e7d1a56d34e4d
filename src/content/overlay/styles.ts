// The overlay's own style sheet, inside its closed shadow root: the page's CSS cannot reach it and it cannot leak.
// It names no font and one size: the card's text is in the page's family and base size, which the host inherits
// (host.ts pageFont), bold where it stands out, and its icons are drawn, not glyphs. A font, size or weight the page
// does not use, or a glyph its font lacks, costs font look-ups in every new renderer process.

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
box-shadow:0 6px 24px rgb(0 0 0/.3);line-height:1.45;
text-align:left}
.card:focus{outline:none}
.head{display:flex;align-items:center;gap:4px;margin:-4px -6px 4px 0;cursor:move;touch-action:none}
.count{flex:1;color:#555;margin:0}
button.icon{border-color:transparent;padding:0 8px;line-height:26px;min-width:30px;color:#1d4f85}
button.icon::before{content:"";display:inline-block;vertical-align:middle}
button.move::before{width:8px;height:15px;background:radial-gradient(circle,currentColor 1.5px,transparent 2px) 0 0/4px 5px}
button.minimise::before{width:10px;border-top:2px solid currentColor}
button.icon:hover{border-color:#2a6db0}
.more{margin-top:8px}
button.disclosure{border:0;padding:2px 0;text-decoration:underline}
button.disclosure::before{content:"";display:inline-block;margin-right:8px;vertical-align:middle;
border:solid transparent;border-width:5px 0 5px 7px;border-left-color:currentColor}
button.disclosure[aria-expanded=true]::before{transform:rotate(90deg)}
.options{list-style:none;margin:4px 0 0;padding:0}
.options li{display:flex;flex-wrap:wrap;align-items:baseline;gap:2px 8px;margin:6px 0 0}
.what{color:#444}
.badge{position:fixed;left:0;top:0;pointer-events:auto;font:inherit;font-weight:600;line-height:1;
padding:9px 14px;border-radius:18px;border:2px solid #fff;background:#2a6db0;color:#fff;cursor:pointer;
box-shadow:0 3px 12px rgb(0 0 0/.35)}
.title{font-weight:600;margin:0 0 6px}
.note{margin:8px 0 0;padding:6px 8px;border-radius:4px;background:#eef4fb;border-left:4px solid #2a6db0}
.warn{background:#fff6e0;border-color:#c77700}
.error{background:#fdecec;border-color:#b3261e}
.ok{background:#eaf6ec;border-color:#2e7d32}
.code{display:block;margin-top:4px;font-weight:600;letter-spacing:.05em;user-select:all}
.row{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
button,a.button{font:inherit;padding:4px 10px;border-radius:4px;border:1px solid #2a6db0;
background:#fff;color:#1d4f85;cursor:pointer;text-decoration:none}
button.primary{background:#2a6db0;color:#fff}
button:focus-visible,a:focus-visible{outline:3px solid #ffb000;outline-offset:1px}
a{color:#1d4f85}
textarea{width:100%;height:120px;font:inherit;line-height:1.3;margin-top:6px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (prefers-reduced-motion:reduce){.spot{transition:none}}
@media (forced-colors:active){.spot{outline-color:Highlight}
button.move::before{forced-color-adjust:none;background-image:radial-gradient(circle,ButtonText 1.5px,transparent 2px)}}
`;
