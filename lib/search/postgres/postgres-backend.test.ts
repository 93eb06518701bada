import { defineSearchBackendContract } from "../backend-contract";
import { createPostgresSearchBackend } from "./postgres-backend";

defineSearchBackendContract("PostgreSQL", (db) => createPostgresSearchBackend(db));
