// Drag-and-drop and upload progress for the data import form. Without this script the form
// still works as a plain multipart POST.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('upload-form');
  if (!form) {
    return;
  }
  const zone = document.getElementById('drop-zone');
  const input = document.getElementById('file');
  const name = document.getElementById('file-name');
  const progress = document.getElementById('upload-progress');
  const bar = document.getElementById('upload-bar');
  const showName = () => {
    name.textContent = input.files.length ? input.files[0].name : '';
  };
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('drop-zone-active');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('drop-zone-active'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('drop-zone-active');
    if (event.dataTransfer.files.length) {
      input.files = event.dataTransfer.files;
      showName();
    }
  });
  input.addEventListener('change', showName);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const request = new XMLHttpRequest();
    request.open('POST', form.action);
    progress.classList.remove('d-none');
    request.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) {
        const percent = Math.round((100 * e.loaded) / e.total);
        bar.style.width = percent + '%';
        bar.textContent = percent + '%';
      }
    });
    request.addEventListener('load', () => {
      // success redirects to the job page; anything else is shown by posting the form plainly
      if (request.responseURL.includes('/data/impor/')) {
        window.location.href = request.responseURL;
      } else {
        form.submit();
      }
    });
    request.addEventListener('error', () => form.submit());
    request.send(new FormData(form));
  });
});
