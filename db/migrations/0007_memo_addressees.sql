CREATE TABLE `memo_addressees` (
	`doc_type` text PRIMARY KEY NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`name` text NOT NULL,
	`position` text DEFAULT '' NOT NULL,
	`institution` text DEFAULT '' NOT NULL,
	`updated_at` text NOT NULL
);
