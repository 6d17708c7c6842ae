// The TimelineJS 3 page that shows the dataset's TimelineJS export (timeline.json beside it), with the
// npm package's files under timelinejs/: used by the end-to-end test of the export and by the
// benchmark, so both load TimelineJS the same way.

/** The page's HTML. */
export const TIMELINEJS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Summitry's events in TimelineJS</title>
<link rel="stylesheet" href="timelinejs/css/timeline.css">
<script src="timelinejs/js/timeline.js"></script>
</head>
<body style="margin:0">
<div id="timeline" style="width: 100%; height: 640px"></div>
<script>
  fetch('timeline.json')
    .then((r) => r.json())
    .then((data) => {
      // font: null keeps TimelineJS from loading its default web fonts from Google's CDN.
      window.timeline = new TL.Timeline('timeline', data, {
        script_path: new URL('timelinejs/js/', location.href).href,
        font: null,
      });
    });
</script>
</body>
</html>
`;
