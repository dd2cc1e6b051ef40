// "Choose all" for one decision on several items of the verifier's queue. Without this
// script each item is still chosen by its own box.
document.addEventListener('DOMContentLoaded', () => {
  const all = document.getElementById('bulk-all');
  if (!all) {
    return;
  }
  const boxes = () => Array.from(document.querySelectorAll('.queue-select'));
  all.addEventListener('change', () => boxes().forEach((box) => {
    box.checked = all.checked;
  }));
  document.addEventListener('change', (event) => {
    if (event.target.classList.contains('queue-select')) {
      all.checked = boxes().every((box) => box.checked);
    }
  });
});
