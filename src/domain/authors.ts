import type { Viewer } from "../auth/viewer.js";
import type { PrismaClient } from "../db/client.js";
import type { Author } from "../generated/prisma/client.js";
import { ForbiddenError, NotFoundError } from "./errors.js";
import { InputChecks } from "./validation.js";

export interface UpdateAuthorInput {
  /** The author to update; the viewer's own profile when absent. */
  authorId?: number | null;
  name?: string | null;
  bio?: string | null;
  affiliation?: string | null;
}

export const AUTHOR_LIMITS = { name: 120, bio: 5_000, affiliation: 200 };

/** Authors edit their own profile; editors anyone's. */
export async function updateAuthor(db: PrismaClient, viewer: Viewer, input: UpdateAuthorInput): Promise<Author> {
  if (viewer.kind !== "author") throw new ForbiddenError("Sign in to edit a profile.");
  const targetId = input.authorId ?? viewer.authorId;
  if (targetId !== viewer.authorId && viewer.role !== "EDITOR") {
    throw new ForbiddenError("Only editors may edit another author's profile.");
  }
  const checks = new InputChecks();
  const name = checks.text(["name"], input.name, { max: AUTHOR_LIMITS.name, min: 1 });
  const bio = await checks.markdown(["bio"], input.bio, { min: 0, max: AUTHOR_LIMITS.bio });
  const affiliation = checks.text(["affiliation"], input.affiliation, { min: 0, max: AUTHOR_LIMITS.affiliation });
  checks.throwIfAny();

  const { count } = await db.author.updateMany({
    where: { id: targetId },
    data: {
      ...(name !== undefined ? { name } : {}),
      ...(bio !== undefined ? { bio } : {}),
      // An empty affiliation clears it.
      ...(affiliation !== undefined ? { affiliation: affiliation || null } : {}),
    },
  });
  if (count === 0) throw new NotFoundError("No such author.");
  return db.author.findFirstOrThrow({ where: { id: targetId } });
}
