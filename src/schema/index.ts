// Every type registers itself with the builder when imported.
import "./scalars.js";
import "./user-errors.js";
import "./post.js";
import "./author.js";
import "./discussion.js";
import "./footnote.js";
import "./source.js";
import "./citations.js";
import "./legacy.js";
import "./comment.js";
import "./site.js";
import "./viewer.js";
import "./post-mutations.js";
import "./comment-mutations.js";
import "./subscriptions.js";
import "./feed.js";
import "./webhooks.js";
