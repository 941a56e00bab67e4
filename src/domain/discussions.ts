import type { Viewer } from "../auth/viewer.js";
import type { PrismaClient } from "../db/client.js";
import type { Discussion } from "../generated/prisma/client.js";
import { isUniqueViolation } from "./unique.js";
import { InputChecks, slugForTitle, slugTaken } from "./validation.js";

export interface CreateDiscussionInput {
  slug?: string | null;
  title: string;
  prompt: string;
}

export const DISCUSSION_LIMITS = { title: 200, prompt: 20_000 };

/** A new shared prompt. Callers are editors (declared on the mutation). */
export async function createDiscussion(db: PrismaClient, _viewer: Viewer, input: CreateDiscussionInput): Promise<Discussion> {
  const checks = new InputChecks();
  const title = checks.text(["title"], input.title, { required: true, max: DISCUSSION_LIMITS.title });
  const prompt = await checks.markdown(["prompt"], input.prompt, { required: true, max: DISCUSSION_LIMITS.prompt });
  const slug = checks.slug(["slug"], input.slug) ?? slugForTitle(title ?? "", "discussion");
  checks.throwIfAny();

  if (await db.discussion.findFirst({ where: { slug }, select: { id: true } })) slugTaken(slug);
  try {
    return await db.discussion.create({ data: { slug, title: title!, prompt: prompt! } });
  } catch (error) {
    if (isUniqueViolation(error)) slugTaken(slug);
    throw error;
  }
}
