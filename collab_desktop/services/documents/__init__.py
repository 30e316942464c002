"""Documents coordinators hand out: certificates, transcripts, name badges, e-mail drafts."""
