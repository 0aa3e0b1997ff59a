#title: Lock it down
#summary: A new family already knows about your weekend. One evening, app by app, you check what the world can see of you, and decide how much of yourself to keep online.
#minutes: 12
#order: 2
#player: Jo Harper
#employer: Wrenford Borough Council
#people: Nicola Farrant, Ruby, Alfie, Tash Kerr, Marcus Bell, Grace Whitlow, Bev Adeyemi, Priya Sandhu
#places: Wrenford, Stannerby, Elm Road, Stannerby Beer Festival
#content-note: Unkind public comments about social workers.
#reflect: When did you last search your own name? What would a family you work with find, and what would a partner agency find?
#reflect: Which of your settings protect you, and which only feel as if they do? Who could pass on what you share with friends?
#reflect: Where is the line between keeping yourself private and hiding from the people you work alongside?

// Scenario 2 of Public Profile. Fictional council, fictional people.
// Flags (0 or 1, kept small so the exhaustive walk stays small): minor = lapses worth a word in
// supervision; serious = conduct the council would investigate; caution = over-caution and withdrawal.
// The knot "outcome" picks the ending.
// Choices are sticky (+) so that the exhaustive walk can merge paths that end in the same state.
VAR minor = 0
VAR serious = 0
VAR caution = 0
VAR tash = ""
VAR pro = ""
VAR told = ""
// Jo's settings as she has never touched them (everything open), and her profile picture.
VAR hearth_future_posts = "public"
VAR hearth_limit_old_posts = false
VAR hearth_friend_requests = "everyone"
VAR hearth_search_engines = true
VAR hearth_tag_review = false
VAR shout_protected = false
VAR shout_photo_tagging = "anyone"
VAR shout_discoverable = true
VAR lens_private = false
VAR lens_tags_from = "everyone"
VAR lens_tag_review = false
VAR guild_public_profile = true
VAR guild_private_mode = false
VAR guild_connections_visible = "connections"
VAR profile_picture = "party"

-> monday

=== monday ===
#time: Mon 11:10
#platform: home
Monday. A first visit to a new family on your caseload, in a terraced house on the edge of Stannerby.

You are Jo Harper, a social worker in the family support team at Wrenford Borough Council. Nicola Farrant has two children, Ruby, who is eight, and Alfie, who is five. The school made the referral. Nicola is wary, and she has every right to be.

She lets you in. She makes you a coffee. Then, as you sit down, she smiles.

"Nice to put a face to the name," she says. "I looked you up. You were at the beer festival on Saturday, weren't you? Proper good time by the look of it."

You laugh, because what else can you do. The visit goes well, in the end. Nicola talks about Alfie's sleep, and Ruby's reading, and the ex who still turns up when he likes.

But on the drive back to the office, you can't stop thinking about it. What exactly did she see?

#time: Mon 16:30
#notification: Hearth: Find your people faster! Contact sync and friend suggestions are now on
At half four, your phone buzzes.

#platform: hearth
Hearth has "improved" your account. Contact sync is on, so anyone whose number is in your phone, or who has yours, may see you in their friend suggestions. There is a cheerful banner about being easier to find, and a short list of new features, all switched on.

At the same moment an email lands from Priya Sandhu, your manager. The council's new social media policy, for all staff, with a line at the top: "Please read by Friday. Quick check-up of your own accounts recommended!"

-> evening

=== evening ===
#time: Mon 20:15
#platform: home
Monday evening. The dishes are done. The telly is on, but you are not watching it.

Four apps. Hearth, where your family and old school friends are. Shout, for football and baking shows. Lens, for photos of your dog and your holidays. And Guild, your professional profile, where Bev Adeyemi from the leaving care team keeps posting links to good research.

You have not looked at a privacy setting on any of them in years.

#covers: fear, review-settings, search-yourself
#discuss: A family you have just met has looked you up. What is your first instinct, and is it a good one?
You look at the four little icons for a while.

+ [Search your name first, then go through each app #open #hcpc: 3 upheld #hcpc: 13 upheld #hcpc: 1 upheld]
    You make a cup of tea and settle in. One evening, four apps, and a search engine.
    Searching your own name shows you what a family, a journalist or anyone else can find. Then a check of each app's settings fixes what you can. It is the routine the good-practice guides recommend, and it keeps you online on your own terms. #feedback
+ [Delete the lot tonight: Hearth, Shout, Lens, even Guild #cautious #hcpc: 3 upheld]
    You open Guild first, and find the "Close account" page. Then a message from Bev pops up: "Don't forget practice group Thursday! Your write-up on family group conferences is the pinned post."
    You stop. Closing personal apps is your own business, but deleting Guild would take your practice group, your colleagues and years of useful contacts with it. And your friends' photos of you, with your name on them, would stay exactly where they are. Fear is a poor guide to settings. #feedback
    You close the page. Before deleting anything, you decide to see what is actually out there.
+ [Leave it. You've got nothing to hide #hcpc: 3 risk #hcpc: 1 risk]
    ~ minor = 1
    You put the phone face down and find something to watch. Ten minutes later, curiosity wins, and you pick it up again.
    Nothing to hide is not the point. A parent on your caseload has already seen your weekend, and Hearth has just switched on new features that make you easier to find. What families can find about you shapes how they see you, and it only takes an evening to check. #feedback
- -> before

=== before ===
#platform: home
#search: Jo Harper
You type your own name into a search engine.
#search-result: Stannerby Beer Festival on Lens: Saturday's best bits! (public post; Jo Harper is tagged)
#search-result: Tash Kerr on Hearth: Birthday drinks at Jo's! (public post with a check-in; Jo Harper is tagged)

There you are. Your Hearth profile, with the photo from Saturday: you, grinning, a pint in your hand. Your Shout posts about Sunday's match. Your Lens photos, all of them. Your Guild profile, with your job title and Wrenford Borough Council.

And two things you did not post yourself. The festival's own Lens account tagged you in a photo. Your friend Tash Kerr tagged you in her birthday-drinks post last month, with a check-in.

So that is what Nicola saw. Probably. You start with Hearth.

-> hearth

=== hearth ===
#platform: hearth
#time: Mon 20:40
#settings: hearth
Hearth's settings panel. Who can see your future posts, whether to limit your old ones, who can send you requests, whether search engines link to your profile, and whether to review tags before they appear.

#covers: review-settings, audience-limits, private-accounts
#discuss: Which of these settings would have stopped Nicola finding your photo? Which would not?
You read each one slowly.

+ [Save these settings and look at your old posts]
    {
    - hearth_future_posts == "public" or hearth_future_posts == "friends-of-friends":
        Your future posts can still be seen well beyond your friends. Friends of friends is usually tens of thousands of people, including people in the families you work with. #impact: 3 risk
    - else:
        Your future posts now go to your friends, or fewer. #impact: 3 upheld
    }
    {
    - hearth_search_engines or hearth_friend_requests == "everyone":
        Search engines can still link to your profile, or anyone can still send you a request. Those are the two settings that let a family find and add you. #impact: 1 risk
    - else:
        Search engines no longer link to your profile, and only friends of friends can send you a request. #impact: 1 upheld
    }
    {
    - hearth_limit_old_posts:
        Your old public posts are now limited to friends. Years of birthday messages and holiday snaps drop out of sight. #impact: 3 upheld
    - else:
        Years of old posts stay as they were when you posted them, some of them public.
    }
    Settings drift: platforms add features, switch them on "to help people find you", and friends only is no guarantee. Check again every few months, and whenever a banner like today's appears. You turn contact sync off while you are here. #feedback
+ [Close it. Your posts have always been friends only anyway #hcpc: 3 risk]
    ~ minor = 1
    ~ hearth_future_posts = "public"
    ~ hearth_limit_old_posts = false
    ~ hearth_friend_requests = "everyone"
    ~ hearth_search_engines = true
    ~ hearth_tag_review = false
    You close the panel without saving.
    They were, once. But the panel shows your future posts as public, and today's new features are all switched on. Checking takes five minutes. Assuming takes none, and it is how posts meant for friends end up in front of the families you work with. #feedback
- -> screenshot

=== screenshot ===
#time: Mon 20:55
#platform: shout
Scrolling back through your old posts, you find one from last winter, posted to friends only on Hearth. "Another Monday, another two-hour meeting about meetings. Never change, Wrenford Council."

It was a joke. It was friends only. On a hunch, you search Shout for the words.

#post: Marcus Bell: Ha! This is why I never went into the public sector.
#screenshot: Hearth: Jo Harper: Another Monday, another two-hour meeting about meetings. Never change, Wrenford Council.
#reactions: 52
#comment: Marcus Bell: only joking Jo, you're a saint x
Your old friend Marcus Bell posted a screenshot of it on Shout months ago. Public, with your name on it. Fifty-two people liked it.

#covers: audience-limits, public-comments, think-first
#discuss: You chose "friends only". Who decided who would see this post in the end?
You feel your face go hot.

+ [Ask Marcus, kindly, to take it down; delete the original #open #hcpc: 13 upheld #hcpc: 3 upheld]
    #reply: Marcus, that screenshot of my work post from last winter, could you take it down? I work with families who look me up. No harm done, just being careful x
    #message: Marcus Bell: god sorry, didn't think. Gone x
    Marcus takes it down within the hour, and you delete the original.
    Audience settings control who you share with, not what they do next. A friend can screenshot anything. Talking to Marcus fixed it and kept the friend, and the lesson stays: post as if your employer might read it. #feedback
+ [Reply under his post to explain it was only a joke #hcpc: 3 risk #hcpc: 13 risk]
    ~ minor = 1
    #comment: Jo Harper: Ha, it was a joke! Love my job really, honest
    You reply. Marcus's post gets three more likes.
    Comments under a public post are public too. Your reply brings the screenshot back to the top of people's feeds, with your name on it twice. A private message would have got it taken down. #feedback
+ [Unfriend Marcus, and everyone else you haven't spoken to in a year #cautious #hcpc: 3 upheld]
    You spend half an hour unfriending people. Forty-one friends, gone. The screenshot is still on Shout.
    Fewer friends does mean fewer people who can pass things on. But the post that worried you is still public, and you have cut off people you like without a word. One honest message would have done more. #feedback
- -> tagged

=== tagged ===
#time: Mon 21:15
#platform: hearth
#notification: Hearth: Tash Kerr tagged you in a post
Then there is Tash's post. You open it.

#post: Tash Kerr: Birthday drinks at Jo's! Best hostess in Stannerby x
#image: Jo's front room: friends on the sofa, glasses raised, birthday balloons
#checked-in: Elm Road, Stannerby
#tagged: Jo Harper
#reactions: 88
The post is public. The check-in names your street. Under the photo are twelve comments, and most of them are from people you have never met.

#content-note: Unkind comments about social workers under the post.
You scroll down to read them.

+ [Read the comments]
    #comment: Dale Kerr: Is this the social worker mate? Better hide the kids lol
    #comment: Shaz Pope: they're all the same, took my cousin's two and never looked back
    #comment: Tash Kerr: oi leave Jo alone, she's lovely
    You read them twice. Strangers, talking about you, under a photo of your own front room.
+ [Skip the comments: give me the gist]
    The gist: a couple of Tash's relatives making jokes about social workers taking children. Tash sticking up for you.
- It stings.
#support
If comments like these ever turn into abuse, you don't have to handle it alone. Talk to your manager, use supervision, and know that your employer, your union or professional body, and the UK Safer Internet Centre's helpline for professionals can help.

#covers: public-comments, audience-limits
#discuss: Is a friend's public post your business? What do you want to happen to it, and how do you get there?
The comment box is right there.

+ [Ask Tash to remove the check-in and tag; turn on tag review #hcpc: 3 upheld #hcpc: 1 upheld]
    ~ tash = "fixed"
    ~ hearth_tag_review = true
    #reply: Tash, love that photo, but could you take off the check-in and my tag? My street plus my name is a bit much with my job.
    #message: Tash Kerr: oh no of course! done. those comments were out of order too, I've deleted them x
    Tash takes the check-in off, untags you, and deletes the nasty comments. You switch on tag review, so nothing appears on your profile until you say so.
    A friend's public post is only as private as her settings. A quiet word fixes it without a scene, and tag review means you see the next one first. Your home address belongs to you, not to the internet. #feedback
+ [Reply to the comments: "Some of us are just trying to help families, actually" #hcpc: 3 risk #hcpc: 13 risk]
    ~ tash = "argued"
    ~ minor = 1
    #comment: Jo Harper: Some of us are just trying to help families, actually.
    You post it. Within minutes Dale has replied with a laughing face, and Shaz with something worse.
    Your comment is public, because Tash's post is. You have confirmed that you are a social worker, under a photo that names your street, to anyone who looks. Arguing in public comments rarely changes minds and keeps the post alive. #feedback
+ [Leave it. It's Tash's post, not yours #hcpc: 3 risk #hcpc: 1 risk]
    ~ tash = "left"
    ~ minor = 1
    You close the app.
    It is Tash's post, but it is your name, your face and your street. A friend would almost certainly change it if you asked. Leaving it means anyone who searches your name, including families you work with, can find your home. #feedback
- -> shout

=== shout ===
#time: Mon 21:35
#platform: shout
#profile: me
#detail: Football, baking shows, far too many opinions about both.
Shout next. Your posts are mostly about Sunday's match and who should have won the baking show. Harmless. And all of it public, to anyone, forever.
#settings: shout

#covers: private-accounts, review-settings
#discuss: Your Shout account is harmless chat. Does it need protecting? What does protecting it cost you?
You look at the panel.

+ [Save these settings and move on to Lens]
    {
    - shout_protected:
        Your posts are now protected. Only followers you approve can read them. #impact: 3 upheld
    - not shout_discoverable and shout_photo_tagging != "anyone":
        Your posts stay public, which is fine for football and baking. They say nothing about work, nobody can find you by your number, and strangers can't tag you in photos. #impact: 3 upheld
    - else:
        Your posts are still public and easy to trace to you. Public football chat is fine. Being found by your phone number, or tagged by strangers, is the part to fix. #impact: 3 risk
    }
    {
    - shout_photo_tagging == "anyone":
        Anyone can still tag you in photos.
    - else:
        Strangers can no longer tag you in photos.
    }
    Protecting your posts is one sensible choice: on the real X the setting is called "Protect your posts". A public account is fine too, if it says nothing about work and your personal details are handled. Either way, you can still argue about football and enjoy it. #feedback
+ [Leave Shout public. It's football and baking, nothing about work #hcpc: 3 risk]
    ~ minor = 1
    ~ shout_protected = false
    ~ shout_photo_tagging = "anyone"
    ~ shout_discoverable = true
    You close the panel without saving.
    Nothing about work, true. But as it stands, anyone with your number can find the account and anyone can tag you, including the family you're visiting next week. Protecting it takes one switch. It costs some reach: strangers can't reply or share. For a personal account that is usually a fair trade, and it's your call. #feedback
- -> lens

=== lens ===
#time: Mon 21:50
#platform: lens
#profile: me
#detail: Dog, walks, the odd festival.
Lens. Three hundred photos. Your dog, your holidays, Saturday's festival. And the festival's own photo, where they tagged you, pint raised, with a comment under it from a stranger.
#post: Stannerby Beer Festival: Saturday's best bits! Thanks to everyone who came
#image: The festival crowd in the sun; Jo in green, pint raised
#tagged: Jo Harper
#reactions: 214
#comment: Gaz Pope: the lady in the green looks like she's having a good one!
That will be the one Nicola saw. Anyone can. The festival's account is public, and so is every comment under it.
#settings: lens

#covers: private-accounts, public-comments
#discuss: Nicola saw a photo you didn't post. Which setting would have helped, and which would not?
You scroll through the panel.

+ [Save, and untag yourself from the festival photo]
    {
    - lens_private:
        Your account is private now. Only followers you approve can see your photos. #impact: 3 upheld
    - else:
        Your account is still public. Every photo, every holiday, every walk, to anyone. #impact: 3 risk
    }
    {
    - lens_tags_from == "everyone" and not lens_tag_review:
        Anyone can still tag you, and tags appear without your say. The next festival photo will be on your profile before you know it. #impact: 1 risk
    - else:
        Tags now need your approval, or only people you follow can tag you. #impact: 1 upheld
    }
    You untag yourself from the festival photo. It is still on the festival's account, but your name is no longer on it.
    A private account keeps your own photos for people you choose. Tag controls deal with other people's photos. Neither can hide a public photo someone else posted, and your comments on other people's public posts stay public whatever your settings. #feedback
+ [Leave Lens as it is. It's only photos of the dog and holidays #hcpc: 3 risk #hcpc: 1 risk]
    ~ minor = 1
    ~ lens_private = false
    ~ lens_tags_from = "everyone"
    ~ lens_tag_review = false
    You close the panel without saving.
    Mostly the dog. Also your holidays, your local park and a festival in Stannerby, all public, and tagged with your name by anyone who likes. Photos say where you go and when. On the real Instagram, "Private account" is one switch. #feedback
- -> picture

=== picture ===
#time: Mon 22:05
#platform: hearth
#profile: me
One more thing on your own profiles. Your profile picture is the one thing everyone sees, whatever your settings: in search results, on requests, next to every comment.
#pictures: party lanyard dog
Right now it is Saturday's photo. You, at the festival, pint in hand.

#covers: profile-picture, think-first
#discuss: What does each of these pictures say about you to a parent on your caseload?
You look through your camera roll.

+ [Use the picture you have chosen]
    {
    - profile_picture == "party":
        You keep Saturday's photo. It is the first thing a stranger, or Nicola, sees. It is not a crime to have a pint. But it is the image of you families meet online. #impact: 13 risk
    - profile_picture == "lanyard":
        You pick the photo at your desk, with the council lanyard round your neck. It is the first thing anyone sees, and it tells them where you work. #impact: 3 risk
    - else:
        You choose a photo that says nothing much about where you work or where you go at the weekend. #impact: 3 upheld
    }
    Your profile picture is public on almost every platform, even a locked one. Choose one you would be happy for a family, a judge or your manager to see, and that doesn't give away your work, your children or your home. #feedback
+ [Keep the party photo. Friends like it, and it's you #hcpc: 13 risk]
    ~ minor = 1
    ~ profile_picture = "party"
    You leave Saturday's photo where it is.
    It was this picture, or one like it, that Nicola mentioned within a minute of meeting you. A profile picture is the one thing every setting leaves public. It is worth thirty seconds. #feedback
- -> guild

=== guild ===
#time: Mon 22:20
#platform: guild
#profile: me
#detail: Social worker, family support, Wrenford Borough Council
#detail: Member of: Wrenford Family Practice Group
Last, Guild. Your professional profile. Your job, your training, the council's practice group, where colleagues from every team swap research and good ideas. No case details, ever.

#notification: Guild: Bev Adeyemi and Grace Whitlow want to connect
#request: connect Bev Adeyemi
#request: connect Grace Whitlow
Two requests are waiting. Bev, a personal adviser in the leaving care team. And Grace Whitlow, a health visitor in Stannerby. You met at a child protection conference last month. She works with half the families on your patch, and possibly with the Farrants.
#settings: guild

It is late, and after tonight you would quite like to vanish.

#covers: fear, review-settings, profile-picture
#discuss: What do partner agencies need to find about you online? What would you lose by disappearing from Guild?
You look at the two requests.

+ [Accept both, keep your profile public and reply to the practice group #open #hcpc: 13 upheld #hcpc: 1 upheld #hcpc: 3 upheld]
    ~ pro = "open"
    #request-outcome: accepted
    You accept Bev and Grace. You reply to Bev's post in the practice group with a link to the council's new policy and a note: "Did my own check-up tonight. Took an hour. Happy to share what I learned."
    {
    - guild_public_profile:
        Your Guild profile stays public: your role and your employer, nothing personal. #impact: 13 upheld
    - else:
        You have hidden your Guild profile, though. Other partner agencies won't find your role when they need you. #impact: 1 risk
    }
    A professional profile is meant to be found. Partner agencies can check who you are, colleagues can share learning, and your role is public anyway. Keeping your personal life private and your professional profile findable is exactly the balance to aim for. #feedback
+ [Switch on private mode, hide your profile, and leave both requests #cautious #hcpc: 3 upheld #hcpc: 7 risk]
    ~ pro = "locked"
    ~ caution = 1
    ~ guild_public_profile = false
    ~ guild_private_mode = true
    #request-outcome: ignored
    You hide everything. Guild goes quiet.
    Nothing here was a risk. Bev's request goes unanswered, Grace can't find your role when she needs to call about a family, and you miss Thursday's practice group. Hiding from colleagues doesn't protect families. It makes you harder to work with. #feedback
+ [Accept both, and ask the practice group how to handle a parent who looked you up #hcpc: 2 breach #hcpc: 13 risk]
    ~ pro = "posted"
    ~ serious = 1
    #request-outcome: accepted
    #post: Jo Harper: Advice please! New family in Stannerby, mum of two (8 and 5), met her today and she'd already found my weekend photos. How do you handle it?
    #reactions: 6
    #comment: Grace Whitlow: Jo, I think I know who this is. Might be worth taking down? Happy to chat by phone.
    You post it. Grace replies within minutes.
    Asking for advice is good practice, but supervision is the place for a question about a real family. A place, two ages and a date are enough for someone who works on your patch to identify them, as Grace just did. Your profile names your employer too. #feedback
- -> after

=== after ===
#time: Mon 22:40
#platform: home
Nearly eleven. One last search, to see what Nicola would see now.
#search: Jo Harper
You type your name in again and wait for the page to load.
{
- tash == "fixed":
    Tash's post no longer shows your name or your street.
- tash == "argued":
    #search-result: Tash Kerr on Hearth: Birthday drinks at Jo's! (public post with a check-in; Jo Harper is tagged and has commented)
    Tash's post is still there, near the top now, with your comment under it.
- else:
    #search-result: Tash Kerr on Hearth: Birthday drinks at Jo's! (public post with a check-in; Jo Harper is tagged)
    Tash's post is still there, with your street in the check-in.
}
{
- pro == "posted":
    #search-result: Jo Harper on Guild: Advice please! New family in Stannerby, mum of two... (public post)
    And your practice group post, public, under your name and your employer.
}
You look at it for a while. Then you go to bed.

-> tuesday

=== tuesday ===
#time: Tue 10:00
#platform: home
Tuesday. Supervision with Priya Sandhu.
{pro == "open": Priya has seen your reply in the practice group. "An hour? Mine took two," she says. "Would you do ten minutes at team meeting?"}
{pro == "locked": "Bev said she couldn't find you on Guild," Priya says. "Everything all right?"}
{pro == "posted": Priya has a printout of your Guild post on the desk. Grace rang her first thing.}

You go through your cases. Then you reach the Farrants.

#covers: search-yourself, fear
#discuss: Nicola looked you up before your first visit. Who needs to know, and what should happen next?
"How did the first visit go?" Priya asks.

+ [Tell Priya what Nicola said and what you changed #open #hcpc: 13 upheld #hcpc: 10 upheld #hcpc: 1 upheld]
    ~ told = "told"
    You tell her everything: the festival photo, Tash's post, the check-up, and Priya notes it in your supervision record.
    Priya nods. "Families look us up. That's life now. You've handled it, it's in your supervision notes, and we can talk to Nicola about it if it comes up again."
    Telling your manager means you are supported, and your supervision record shows you handled it openly, with nothing on the family's file to count against them. You keep the case, and Nicola keeps a worker she has started to trust. #feedback
+ [Ask Priya to move the case #cautious #hcpc: 1 risk]
    ~ told = "moved"
    ~ caution = 1
    Priya frowns. "Because she's seen a photo of you at a festival?" She says she'll think about it.
    Nicola looked you up, as most families do now. Nothing she said was a threat. Moving the case would give Ruby and Alfie another new face, and Nicola the message that opening up gets you passed on. Fix the settings, keep the family. #feedback
+ [Say it went fine, then look Nicola up online to see what else she has found #hcpc: 2 risk #hcpc: 1 risk #hcpc: 13 risk]
    ~ told = "searched"
    ~ minor = 1
    That evening you find Nicola's Hearth profile, and scroll through two years of her life.
    Searching online for a family you support, without their consent and without a good reason, can breach their privacy. If it is ever justified, you record what you did and why. Nicola looking you up is a reason to tighten your settings, not to look her up. #feedback
- -> outcome

=== outcome ===
// What Jo left open counts too, worked out once here from the settings themselves.
{ hearth_future_posts == "public" or hearth_future_posts == "friends-of-friends" or not lens_private or (not shout_protected and (shout_discoverable or shout_photo_tagging == "anyone")):
    ~ minor = 1
}
{ profile_picture == "party" or profile_picture == "lanyard":
    ~ minor = 1
}
{
- serious >= 1:
    -> investigation
- minor >= 1 or caution >= 1:
    -> advice
- else:
    -> no_concerns
}

=== lapses ===
// Worth a conversation in supervision.
{tash == "argued": You argued in the public comments under a friend's post that names your street.}
{tash == "left": A friend's public post still shows your name and your street.}
{told == "searched": You looked up a family's profiles without a reason or a record.}
{told != "told": You didn't tell your manager that a family had looked you up.}
{profile_picture == "party" or profile_picture == "lanyard": Your profile picture still says more than you might want.}
{hearth_future_posts == "public" or hearth_future_posts == "friends-of-friends" or not lens_private or (not shout_protected and (shout_discoverable or shout_photo_tagging == "anyone")): Some of your personal accounts are still open to anyone.}
->->

=== costs ===
// Over-caution has a cost too.
{pro == "locked": You hid your professional profile and left a colleague's and a health visitor's requests unanswered.}
{told == "moved": You asked to give up a family because they had looked you up.}
->->

=== no_concerns ===
#platform: home
Priya signs off your supervision notes. "Private where it should be, findable where it should be," she says. "That's the balance."
On Thursday, you give ten minutes at the team meeting on your check-up. Three colleagues go home and do theirs.
At your next visit, Nicola doesn't mention the festival. Alfie shows you his new dinosaur book instead.
You set a reminder on your phone: search your name again in three months. #ending: no-concerns Private, not hidden
-> END

=== advice ===
#platform: home
Priya books half an hour on Friday, to go through it together.
-> lapses ->
-> costs ->
{
- tash != "fixed":
    Then you tell her about Thursday's visit. Nicola walked you to the door and said, "You're on Elm Road, aren't you? My mum's just round the corner." She meant nothing by it, probably. Priya suggests you ask Tash to take the check-in down today.
}
{caution >= 1: "Locking yourself away isn't the same as being safe," she says. "The families still need you, and so does the team."}
{minor >= 1: "None of this is serious yet," she says. "But settings drift, and friends post things. Let's check them together next month."}
She points you to the council's policy again, and to the practice group's guide on privacy settings.
You leave with a plan, and a note of it on your supervision record.
{
- minor == 0:
    You close the laptop. #ending: advice Safe, but cut off
- else:
    You close the laptop. #ending: advice A word in supervision
}
-> END

=== investigation ===
#platform: home
On Thursday, Priya asks to see you in a side room.
Grace Whitlow recognised the Farrant family from your Guild post. The council will look into it under its conduct procedure.
You are not suspended. You can bring a union representative, and an investigating officer will interview you.
#support
Priya says she will keep meeting you for supervision throughout, and that your union or professional body can advise you. It is a hard week, and you don't have to get through it alone.
The investigation will look at what happened:
You shared details that could identify a family, in a group of professionals, under a profile that names your employer.
-> lapses ->
You take the post down. It was up for less than a day, and it was still too long. #ending: investigation Under investigation
-> END
