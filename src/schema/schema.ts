import "./index.js";
import { builder } from "./builder.js";

export const schema = builder.toSchema({ sortSchema: false });
