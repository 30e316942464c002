"""Who takes part: collaboratives, contacts, their memberships, the vocabularies, consent."""
