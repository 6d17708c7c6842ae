/*! Summitry embed helper: resizes Summitry iframes to their content. Include once per page:
 *  <script src=".../embed.js" async></script>. Resizes only Summitry frames: an <iframe> marked
 *  `data-summitry`, or one whose src is on the origin this script came from. A message counts only
 *  when it comes from that frame's window and its src origin, in one of the four height formats
 *  Summitry sends (Datawrapper, pym.js, AMP, Medium), with a finite height, capped at 20,000 px.
 *  Everything else is ignored. No other effect. */
(function () {
  if (window.__summitryEmbed) return;
  window.__summitryEmbed = 1;
  var CAP = 20000;
  var me = document.currentScript;
  var home = me && originOf(me.src);
  function originOf(url) {
    try { return new URL(url, location.href).origin; } catch (e) { return null; }
  }
  function num(h) {
    return typeof h === 'number' && isFinite(h) && h > 0 ? Math.min(Math.ceil(h), CAP) : 0;
  }
  function height(d) {
    if (typeof d === 'string') {
      var pym = d.split('xPYMx');
      if (pym.length === 4 && pym[0] === 'pym' && pym[2] === 'height' && /^\d{1,9}$/.test(pym[3])) return num(+pym[3]);
      // Medium (embed.ly) format only: a JSON object naming iframe.resize.
      if (d.length > 4096 || d.charAt(0) !== '{' || d.indexOf('"iframe.resize"') < 0) return 0;
      try { d = JSON.parse(d); } catch (e) { return 0; }
      return d && d.context === 'iframe.resize' ? num(d.height) : 0;
    }
    if (!d || typeof d !== 'object') return 0;
    if (d.sentinel === 'amp' && d.type === 'embed-size') return num(d.height);
    var dw = d['datawrapper-height'];
    if (dw && typeof dw === 'object') for (var k in dw) return num(dw[k]);
    return 0;
  }
  window.addEventListener('message', function (e) {
    var h = height(e.data);
    if (!h) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i], o = f.src && originOf(f.src);
      if (f.contentWindow === e.source && o === e.origin && (f.hasAttribute('data-summitry') || o === home)) {
        f.style.height = h + 'px';
      }
    }
  });
})();
