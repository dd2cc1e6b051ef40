// Choosing another edition opens it at once; without JavaScript the button does the same.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('edition-picker');
  if (!form) {
    return;
  }
  const select = form.querySelector('select');
  select.addEventListener('change', () => form.requestSubmit());
});
