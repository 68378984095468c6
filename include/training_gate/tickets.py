"""Arrow schemas of the data that flows between stages.

export lines -> TICKET_SCHEMA (extract) -> ELIGIBLE_SCHEMA (eligibility)
-> ELIGIBLE_SCHEMA again (sensitive: screened.parquet, sensitive tickets removed)
-> SCRUBBED_SCHEMA (scrub; staging only, adds the subject key and a count of replaced values)
-> PUBLISHED_SCHEMA (what data scientists load).
"""

from __future__ import annotations

import pyarrow as pa

PERSON = pa.struct([("name", pa.string()), ("email", pa.string()), ("phone", pa.string())])
COMMENT = pa.struct(
    [
        ("comment_id", pa.string()),
        ("author_role", pa.string()),
        ("author_name", pa.string()),
        ("public", pa.bool_()),
        ("created_at", pa.string()),
        ("body", pa.string()),
    ]
)
TURN = pa.struct([("role", pa.string()), ("text", pa.string())])

TICKET_SCHEMA = pa.schema(
    [
        ("ticket_id", pa.string()),
        ("customer_id", pa.string()),
        ("created_at", pa.timestamp("us", tz="UTC")),
        ("updated_at", pa.timestamp("us", tz="UTC")),
        ("channel", pa.string()),
        ("subject", pa.string()),
        ("status", pa.string()),
        ("tags", pa.list_(pa.string())),
        ("legal_hold", pa.bool_()),
        ("requester", PERSON),
        ("assignee", PERSON),
        ("comments", pa.list_(COMMENT)),
    ]
)

# Eligible tickets keep only public customer/agent comments.
ELIGIBLE_SCHEMA = TICKET_SCHEMA

PUBLISHED_SCHEMA = pa.schema(
    [
        ("record_id", pa.string()),
        ("created_date", pa.date32()),
        ("channel", pa.string()),
        ("subject", pa.string()),
        ("turns", pa.list_(TURN)),
        ("text", pa.string()),
    ]
)

# Staging only: the subject key (for validation and lineage) and the number of personal values
# the scrub replaced in the conversation (for the residual screen's density check, which
# cannot count surrogates in the text the way it counts placeholders).
SCRUBBED_SCHEMA = PUBLISHED_SCHEMA.append(pa.field("subject_key", pa.string())).append(
    pa.field("personal_values", pa.int32()))

DROPS_SCHEMA = pa.schema([("record_id", pa.string()), ("drop_reason", pa.string())])
