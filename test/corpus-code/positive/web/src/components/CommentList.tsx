import DOMPurify from "dompurify";
import { marked } from "marked";

interface Comment {
  id: string;
  author: string;
  bodyHtml: string;
  bodyMarkdown: string;
}

export function CommentBody({ comment }: { comment: Comment }) {
  return <div className="comment-body" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />; ⟪!html-injection⟫
}

export function CommentMarkdown({ comment }: { comment: Comment }) {
  return <div dangerouslySetInnerHTML={{ __html: marked.parse(comment.bodyMarkdown) as string }} />; ⟪!html-injection⟫
}

export function CommentSanitized({ comment }: { comment: Comment }) {
  return <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(comment.bodyHtml) }} />; ⟦⟧
}

export function Signature({ author }: { author: string }) {
  return <p className="signature">— {author}</p>; ⟦⟧
}

export function Divider() {
  return <div dangerouslySetInnerHTML={{ __html: "<hr />" }} />; ⟦⟧
}

export function CommentList({ comments }: { comments: Comment[] }) {
  return (
    <ul>
      {comments.map((c) => (
        <li key={c.id}>
          <CommentBody comment={c} />
          <Signature author={c.author} />
        </li>
      ))}
    </ul>
  );
}
