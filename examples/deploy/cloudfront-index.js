// CloudFront Function (viewer request) for a Clause site in S3 behind CloudFront: S3's
// REST endpoint has no index documents, so /en/app/ is asked for as /en/app/index.html.
// A URL without an extension and without a slash gets it too (/en/app → /en/app/index.html).
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith('/')) {
    request.uri = uri + 'index.html';
  } else if (uri.split('/').pop().indexOf('.') === -1) {
    request.uri = uri + '/index.html';
  }
  return request;
}
