import { cls } from './markup.ts';
import { isSemantic, type Markup } from './types.ts';

// One style sheet per host look. Written with semantic class names; in poor markup every class selector is
// rewritten to the generated name the markup uses.

const PORTAL_CSS = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 Arial,Helvetica,sans-serif;color:#222;background:#eef1f5}
a{color:#0b5394}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px}
.topbar{background:#1d2b3a;color:#dfe6ee;font-size:12px;display:flex;justify-content:space-between;padding:4px 24px}
.topbar a{color:#dfe6ee;text-decoration:none;margin-right:14px}
.langs a{margin:0 0 0 8px;font-weight:bold}.langs .current{color:#f5a623}
.brand{background:#fff;display:flex;align-items:center;justify-content:space-between;padding:14px 24px;border-bottom:4px solid #f5a623}
.logo{display:flex;align-items:center;gap:12px;text-decoration:none;color:#0e3a66}
.logo-mark{width:44px;height:44px;border-radius:4px;background:linear-gradient(90deg,#111 33%,#fdda24 33%,#fdda24 66%,#ef3340 66%)}
.logo-text{font-size:22px;font-weight:bold}.logo-sub{font-size:12px;color:#555;display:block;font-weight:normal}
.search input{padding:6px;border:1px solid #aab;width:220px}.search button{padding:6px 10px;background:#0e3a66;color:#fff;border:0}
.main-nav{background:#0e3a66;padding:0 24px}.main-nav a{display:inline-block;color:#fff;padding:10px 14px;text-decoration:none;font-weight:bold}
.main-nav a:hover{background:#1b5391}
.company-bar{background:#dce8f5;border-bottom:1px solid #b5c9df;padding:8px 24px;display:flex;justify-content:space-between;flex-wrap:wrap;gap:8px}
.company-name{font-weight:bold;color:#0e3a66}.company-number{margin-left:8px;font-family:monospace;font-size:14px}
.user-box a{margin-left:12px}
.crumbs{padding:10px 24px;font-size:12px;color:#555}.crumbs a{color:#555}
.page{display:flex;gap:20px;padding:0 24px 24px}
.content{flex:1;background:#fff;border:1px solid #d5dbe3;padding:20px 28px;min-height:360px}
.side{width:260px;flex:none}
.side-box{background:#fff;border:1px solid #d5dbe3;margin-bottom:16px;padding:12px 16px}
.side-box h2{font-size:15px;margin:0 0 8px;color:#0e3a66}
.side-box ul{list-style:none;margin:0;padding:0}.side-box li{padding:4px 0;border-bottom:1px dotted #ccd}
h1{font-size:24px;color:#0e3a66;margin:0 0 12px}h2{font-size:18px;color:#0e3a66}
.access-box{display:flex;gap:16px;margin:16px 0}
.access-card{flex:1;border:1px solid #b5c9df;background:#f5f9fd;padding:14px}
.access-card h3{margin:0 0 6px;font-size:15px}
.btn{display:inline-block;padding:8px 18px;border-radius:3px;border:1px solid #0e3a66;font:bold 14px Arial,sans-serif;cursor:pointer;text-decoration:none;margin:4px 8px 4px 0}
.btn-primary{background:#0e3a66;color:#fff}.btn-secondary{background:#fff;color:#0e3a66}
.form-group{margin:12px 0}.form-group label{display:block;font-weight:bold;margin-bottom:4px}
.form-control{padding:7px;border:1px solid #8a97a8;width:320px;font-size:14px}
.form-help{font-size:12px;color:#555;margin:4px 0}
.form-table td{padding:6px 8px;vertical-align:top}.lbl{font-weight:bold}
.alert{padding:10px 14px;margin:12px 0;border-left:5px solid}
.alert-error{background:#fde8e8;border-color:#c62828;color:#7a1212}
.alert-success{background:#e6f4ea;border-color:#2e7d32}.alert-info{background:#e8f0fa;border-color:#0b5394}
.grid{border-collapse:collapse;width:100%;margin:10px 0}.grid th,.grid td{border:1px solid #cfd6df;padding:6px 8px;text-align:left}
.grid th{background:#e4ebf3}
.svc-layout{display:flex;gap:20px}.svc-col{width:250px;flex:none;border-right:1px solid #d5dbe3}
.svc-col ul{list-style:none;padding:0;margin:0}.svc-col li a{display:block;padding:7px 8px;border-bottom:1px solid #e3e7ec;text-decoration:none}
.svc-col li a:hover{background:#eef4fb}
.svc-cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:12px;margin:12px 0}
.svc-card{border:1px solid #cfd6df;border-radius:4px;padding:10px 14px;background:#f8fafc}.svc-card h2,.svc-card h3{font-size:15px;margin:0 0 8px;color:#0e3a66}
.svc-menubar{list-style:none;display:flex;flex-wrap:wrap;gap:4px;padding:0;margin:8px 0;background:#0e3a66}.svc-menubar a{display:block;padding:8px 12px;color:#fff;text-decoration:none}
.svc-search input{padding:6px;width:280px}.svc-results{padding-left:18px}.svc-results li{padding:4px 0}
.backdrop{position:fixed;inset:0;background:rgba(14,32,52,.55);z-index:10}
.modal{position:fixed;z-index:11;top:8vh;left:50%;transform:translateX(-50%);width:min(760px,94vw);max-height:84vh;overflow:auto;background:#fff;border-radius:6px;padding:18px 24px;box-shadow:0 8px 32px rgba(0,0,0,.35)}
.btn-icon{display:inline-block;min-width:28px;height:28px;line-height:28px;text-align:center;border:1px solid #0e3a66;border-radius:50%;text-decoration:none;font-weight:bold;margin:4px}
.quality-list{list-style:none;padding:0}.quality-list li{padding:8px 0;border-bottom:1px solid #e3e7ec}
.quality-active{font-weight:bold;color:#0b5bd3;font-size:15px}.quality-inactive{color:#777}
.group-list{list-style:none;padding:0}.group-list li{padding:8px 0}
.checks{list-style:none;padding:0;columns:2}.check{padding:3px 0;break-inside:avoid}
.check-table td{padding:3px 6px}.cbcell{width:24px}
fieldset.rights{border:1px solid #cfd6df;margin:12px 0;padding:8px 14px}fieldset.rights legend{font-weight:bold;color:#0e3a66}
.rights-head{font-weight:bold;color:#0e3a66;margin:14px 0 4px;border-bottom:1px solid #cfd6df}
.actions{margin-top:20px;padding-top:12px;border-top:1px solid #d5dbe3}
.steps{font-size:12px;color:#555}
.site-footer{background:#1d2b3a;color:#c8d2dd;padding:18px 24px;font-size:12px}
.site-footer a{color:#c8d2dd;margin-right:16px}
.am-frame{width:100%;height:640px;border:0}
.news li{margin:6px 0}
.kv td{padding:3px 10px 3px 0}
`;

const FAS_CSS = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 "Helvetica Neue",Arial,sans-serif;color:#1b1b1b;background:#f4f4f4}
.fas-top{background:#fff;border-bottom:1px solid #ddd;display:flex;justify-content:space-between;align-items:center;padding:10px 32px}
.fas-logo{font-weight:bold;font-size:18px;color:#1b1b1b;display:flex;gap:10px;align-items:center}
.fas-flag{width:36px;height:24px;background:linear-gradient(90deg,#111 33%,#fdda24 33%,#fdda24 66%,#ef3340 66%)}
.fas-langs a{margin-left:12px;color:#333}.fas-langs .current{font-weight:bold;text-decoration:none}
.fas-main{max-width:980px;margin:28px auto;background:#fff;padding:28px 36px;border:1px solid #ddd}
h1{font-size:24px;margin:0 0 4px}.fas-sub{color:#555;margin:0 0 24px}
.fas-cols{display:flex;gap:28px}.fas-col{flex:1}
.fas-col h2{font-size:16px;border-bottom:2px solid #2b6cb0;padding-bottom:6px}
.fas-option{display:block;border:1px solid #ccd;border-radius:4px;padding:14px;margin:10px 0;text-decoration:none;color:#1b1b1b;background:#fafbfd}
.fas-option:hover{border-color:#2b6cb0}
.form-group{margin:10px 0}.form-group label{display:block;font-weight:bold;margin-bottom:4px}
.form-control{padding:8px;border:1px solid #999;width:100%;font-size:15px}
.form-table td{padding:4px}.lbl{font-weight:bold}.form-help{font-size:12px;color:#555}
.btn{display:inline-block;padding:9px 20px;border-radius:4px;border:0;font:bold 15px Arial,sans-serif;cursor:pointer;text-decoration:none;margin:6px 8px 6px 0}
.btn-primary{background:#2b6cb0;color:#fff}.btn-secondary{background:#e2e8f0;color:#1b1b1b}
.fas-note{font-size:12px;color:#666;margin-top:18px}
.fas-foot{text-align:center;font-size:12px;color:#666;padding:16px}
.alert{padding:10px;border-left:4px solid #2b6cb0;background:#eef4fb}
`;

const KBO_CSS = `
body{margin:0;font:13px Verdana,Arial,sans-serif;color:#000;background:#fff}
.kbo-head{background:#00529b;color:#fff;padding:10px 20px;display:flex;justify-content:space-between}
.kbo-head a{color:#fff;margin-left:10px}
.kbo-title{font-size:20px;font-weight:bold}.kbo-sub{font-size:12px}
.kbo-main{padding:16px 20px;max-width:960px}
.kbo-table{border-collapse:collapse;width:100%;margin-bottom:14px}
.kbo-table td{padding:4px 6px;border-bottom:1px solid #ddd;vertical-align:top}
.kbo-section td.hdr{background:#dfe9f5;font-weight:bold;color:#00529b;font-size:14px}
.form-group{margin:10px 0}.form-group label{font-weight:bold;margin-right:8px}
.form-control{padding:4px;width:220px}.form-table td{padding:4px}.lbl{font-weight:bold}.form-help{font-size:11px;color:#555}
.btn{padding:4px 12px;border:1px solid #00529b;background:#00529b;color:#fff;cursor:pointer;text-decoration:none;display:inline-block}
.btn-secondary{background:#fff;color:#00529b}
.alert{padding:8px;background:#fff3cd}
`;

export type Look = 'portal' | 'fas' | 'kbo';

const SHEETS: Record<Look, string> = { portal: PORTAL_CSS, fas: FAS_CSS, kbo: KBO_CSS };

const POOR_SHEETS = new Map<Look, string>();

export function styleSheet(look: Look, markup: Markup): string {
  const css = SHEETS[look];
  if (isSemantic(markup)) return css;
  let poor = POOR_SHEETS.get(look);
  if (poor === undefined) {
    poor = css.replace(/\.([a-z][a-z0-9-]*)/g, (_, name: string) => `.${cls('poor', name)}`);
    POOR_SHEETS.set(look, poor);
  }
  return poor;
}
