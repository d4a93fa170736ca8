// DOM rendering without HTML injection.
import DOMPurify from "dompurify";

export function renderComment(container, comment) {
  const p = document.createElement("p");
  p.textContent = comment.body; ⟦⟧
  container.replaceChildren(p); ⟦⟧
}

export function renderStatic(container) {
  container.innerHTML = "<p class='empty'>No comments yet.</p>"; ⟦⟧
  container.insertAdjacentHTML("afterbegin", '<h2 class="title">Comments</h2>'); ⟦⟧
}

export function renderRich(container, html) {
  container.innerHTML = DOMPurify.sanitize(html); ⟦⟧
}

export function clear(container) {
  container.innerHTML = ""; ⟦⟧
}

export function schedule(fn) {
  setTimeout(fn, 0); ⟦⟧
  setInterval(() => fn(), 1000); ⟦⟧
}

export function parseConfig(text) {
  return JSON.parse(text); ⟦⟧
}

export function pick(list) {
  return list[Math.floor(Math.random() * list.length)]; ⟦⟧
}

export function newId() {
  return crypto.randomUUID(); ⟦⟧
}

export function token() {
  return Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, "0")).join(""); ⟦⟧
}

// evaluate() below is a math-expression parser, not eval(). ⟦⟧
export function evaluate(expression) {
  return expression.split("+").map(Number).reduce((a, b) => a + b, 0);
}
