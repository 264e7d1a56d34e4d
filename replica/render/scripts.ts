// Inline scripts of the timing/structure variants. Plain ES2017, no dependencies, deterministic text.

/** Late variant: the content waits in an inert <template> and appears after `delayMs`. */
export function lateScript(delayMs: number): string {
  return `<script>setTimeout(function(){var t=document.querySelector('template[data-late]');var p=document.querySelector('[data-late-placeholder]');if(p)p.remove();if(t)t.replaceWith(t.content.cloneNode(true));},${delayMs});</script>`;
}

/**
 * Single-page variant: same-origin links and form posts are fetched and the body is swapped in place, with
 * history.pushState, so the browser never loads a new page. Clicks are caught in the capture phase, before the
 * poor markup's own onclick navigation (div role=button data-href). Cross-host links, and same-host URLs that redirect to
 * another host (the fetch then fails), navigate normally.
 */
export const SPA_SCRIPT = `<script>(function(){
function swap(html,url,push){var doc=new DOMParser().parseFromString(html,'text/html');document.title=doc.title;document.body.replaceWith(document.adoptNode(doc.body));if(push)history.pushState({spa:1},'',url);window.scrollTo(0,0);}
function go(url,init,push){init.credentials='same-origin';fetch(url,init).then(function(r){return r.text().then(function(h){swap(h,r.url,push);});}).catch(function(){location.href=url;});}
function follow(e,a){if(!a||a.target)return;var raw=a.getAttribute('data-href')||a.getAttribute('href');if(raw.charAt(0)==='#')return;var u=new URL(raw,location.href);if(u.origin!==location.origin)return;e.preventDefault();e.stopPropagation();go(u.href,{},true);}
document.addEventListener('click',function(e){if(e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey)return;follow(e,e.target.closest&&e.target.closest('a[href],[data-href]'));},true);
document.addEventListener('keydown',function(e){if(e.key==='Enter')follow(e,e.target.closest&&e.target.closest('[data-href]'));},true);
document.addEventListener('submit',function(e){var f=e.target;var u=new URL(f.getAttribute('action')||location.href,location.href);if(u.origin!==location.origin)return;e.preventDefault();var body=new URLSearchParams(e.submitter?new FormData(f,e.submitter):new FormData(f));if((f.getAttribute('method')||'get').toLowerCase()==='post'){go(u.href,{method:'POST',body:body},true);}else{u.search=body.toString();go(u.href,{},true);}});
window.addEventListener('popstate',function(){go(location.href,{},false);});
})();</script>`;
