/*! Summitry embed helper: resizes Summitry iframes to their content. Include once per page:
 *  <script src=".../embed.js" async></script>. Understands the height messages Summitry sends
 *  (Datawrapper, pym.js, AMP, Medium formats) and resizes the iframe that sent each one, so
 *  several embeds on one page resize independently. No other effect. */
(function () {
  if (window.__summitryEmbed) return;
  window.__summitryEmbed = 1;
  function height(d) {
    if (typeof d === 'string') {
      var pym = d.split('xPYMx');
      if (pym.length === 4 && pym[2] === 'height') return +pym[3];
      try { d = JSON.parse(d); } catch (e) { return null; }
    }
    if (!d || typeof d !== 'object') return null;
    if (d['datawrapper-height']) for (var k in d['datawrapper-height']) return +d['datawrapper-height'][k];
    if (d.sentinel === 'amp' && d.type === 'embed-size') return +d.height;
    if (d.context === 'iframe.resize') return +d.height;
    return null;
  }
  window.addEventListener('message', function (e) {
    var h = height(e.data);
    if (!(h > 0)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) frames[i].style.height = Math.ceil(h) + 'px';
    }
  });
})();
