/** Task pane entry. The pane's features arrive with the task-pane work; this keeps the shared runtime alive. */
Office.onReady(() => {
  const status = document.getElementById("status");
  if (status) status.textContent = "Функции ОБР.* доступны в ячейках. Справка: help.html";
});
