"""The parts of the Mission page: the mission's form, venues and travel times, delegations,
and the dialog that reuses a previous mission's set-up."""
