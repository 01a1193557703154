-- Schema 4: decisions keep the campaign id of when they were taken, and campaigns merge later (a
-- rotated wrapper's family joins its campaign, a card group joins the campaign of its accounts). The
-- console follows such an id to today's campaign through the accounts decided under it.
CREATE INDEX decisions_by_campaign ON decisions (campaign_id, account_id);
