// Cohort upload with visible progress (notices/cohorts.html). Files of millions of rows take minutes to
// send, so the form is sent with XMLHttpRequest to show how much has gone; once the file is up, the server
// streams it into the database and answers with the cohort's page (or the form with what is wrong), which
// replaces this one. Without this script the form still works as a plain upload, only without progress.
(function () {
  'use strict';
  var form = document.getElementById('cohort-upload');
  if (!form || !window.FormData || !window.XMLHttpRequest) {
    return;
  }
  var box = document.getElementById('upload-progress');
  var bar = document.getElementById('upload-bar');
  var status = document.getElementById('upload-status');
  var button = document.getElementById('import-button');

  function words(template, values) {
    return template.replace(/\{(\d)}/g, function (match, index) {
      return values[Number(index)];
    });
  }

  function megabytes(bytes) {
    return (bytes / (1024 * 1024)).toFixed(1);
  }

  function show(response) {
    // the answer is a whole page of this application: the cohort (after a redirect) or this form with errors
    document.open();
    document.write(response.responseText);
    document.close();
    if (response.responseURL && response.responseURL !== window.location.href) {
      window.history.pushState(null, '', response.responseURL);
    }
  }

  form.addEventListener('submit', function (event) {
    var file = form.querySelector('input[type=file]');
    if (!file || !file.files || file.files.length === 0) {
      return; // nothing to show progress for: the server names the missing file
    }
    event.preventDefault();
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.upload.addEventListener('progress', function (progress) {
      if (progress.lengthComputable) {
        var percent = Math.floor(progress.loaded * 100 / progress.total);
        bar.value = percent;
        status.textContent = words(form.dataset.uploading,
            [String(percent), megabytes(progress.loaded), megabytes(progress.total)]);
      }
    });
    request.upload.addEventListener('load', function () {
      bar.removeAttribute('value'); // indeterminate while the server imports
      status.textContent = form.dataset.importing;
    });
    request.addEventListener('load', function () {
      show(request);
    });
    request.addEventListener('error', function () {
      status.textContent = form.dataset.failed;
      button.disabled = false;
    });
    box.hidden = false;
    bar.value = 0;
    button.disabled = true;
    status.textContent = words(form.dataset.uploading, ['0', '0.0', megabytes(file.files[0].size)]);
    request.send(new FormData(form));
  });
}());
