#title: The request
#summary: A parent on your caseload wants to be friends, a young man you once supported wants to follow you, and a message arrives late on a Friday night. Where do the boundaries go, and who needs to know?
#minutes: 12
#order: 1
#player: Jo Harper
#employer: Wrenford Borough Council
#people: Shona Pryce, Mason, Lily-Mae, Kai Brennan, Amara Osei, Bev Adeyemi, Priya Sandhu
#places: Wrenford, Hollinby
#reflect: Think of a service user, past or present, who might look for you online. What would they find today, and what would you want them to find?
#reflect: When did you last tell your manager about contact that felt awkward? What made it easy, or hard, to say?
#reflect: Where could you ask for advice before you post or reply: a colleague, your manager, your union or professional body?

// Scenario 1 of Public Profile. Fictional council, fictional people.
// Tallies: minor = lapses worth a word in supervision; serious = conduct the council would
// investigate; caution = over-caution and withdrawal. The knot "outcome" picks the ending.
VAR minor = 0
VAR serious = 0
VAR combo = false
VAR settings = ""
VAR caution = 0
VAR shona = ""
VAR supervision = ""
VAR vented = false
VAR posted_case = false
VAR network = false
VAR guild = ""
VAR kai = ""
VAR night = ""
// The phone's settings as Jo has never touched them (a new account's defaults), and her profile picture.
VAR hearth_future_posts = "friends"
VAR hearth_search_engines = true
VAR hearth_friend_requests = "everyone"
VAR hearth_tag_review = false
VAR shout_protected = false
VAR lens_private = false
VAR guild_public_profile = true
VAR profile_picture = "family"

-> sunday

=== sunday ===
#time: Sun 21:40
#platform: lock
Sunday evening. The washing machine is on, the telly is on, and for once you are not thinking about work.

You are a social worker in the family support team at Wrenford Borough Council. A full caseload, a good team, a manager who listens.

#notification: Hearth: Shona Pryce sent you a friend request
Your phone buzzes on the arm of the sofa.

#platform: hearth
#request: friend Shona Pryce
Shona Pryce. Her children, Mason and Lily-Mae, are on your caseload. For three months she cancelled every visit. Last Thursday she finally made you a cup of tea and talked.

#message: Shona Pryce: hope you dont mind me adding you. easier than ringing the office x
There is a message under the request.

#covers: contact, no-requests
#discuss: What might Shona be hoping for? What could change between you if you accept?
You look at it for a long moment.

* [Accept. After last week it would feel rude not to #hcpc: 3 risk #hcpc: 1 risk #phone: accept]
    ~ shona = "accepted"
    ~ minor += 1
    You tap Accept. Her profile opens up: her kids, her ex, her Friday nights. #request-outcome: accepted
    Shona can now see your weekends, your family and your opinions, and you can see hers. You are assessing her family. A friendship blurs that for both of you, whatever you both intend. Good practice is plain: don't accept requests from people you work with. #feedback
* [Leave it for now and say nothing #hcpc: 3 upheld #phone: ignore]
    ~ shona = "ignored"
    You put the phone face down. #request-outcome: ignored
    Not accepting keeps the boundary. But a request left hanging explains nothing, and Shona may read silence as rejection just as she is starting to trust you. A boundary works better explained than implied. #feedback
* [Decline it, and plan to explain at Thursday's visit #hcpc: 3 upheld #hcpc: 1 upheld #hcpc: 13 upheld #phone: decline]
    ~ shona = "declined"
    You tap Decline, and make a note to raise it at this week's visit. #request-outcome: declined
    No friend requests from people you work with. Explaining face to face, kindly, keeps things honest and shows Shona that the "no" is about your role, not about her. #feedback
* [Decline it, but message her back from your own account #hcpc: 3 risk #hcpc: 1 risk #phone: reply]
    ~ shona = "messaged"
    ~ minor += 1
    You tap Decline, then type a quick reply. #request-outcome: declined
    #reply: Hi Shona, I can't add people I work with, sorry! Ring the office any time. See you Thursday.
    You send it.
    The reply is kind, but it comes from your personal account. Wrenford's social media policy says never use a personal profile to contact people you work with. You have opened the channel you meant to close. #feedback
- -> monday

=== monday ===
#time: Mon 09:55
#platform: home
Monday. The office smells of toast. Priya Sandhu, your team manager, has supervision booked with you at ten.
{shona == "accepted": Shona is in your Hearth feed now. A photo of Mason's football medal. Forty likes, one of them yours.}
{shona == "ignored": Shona's request is still waiting on Hearth.}
{shona == "messaged": Shona has replied to your message with a thumbs up.}

You go through the Pryce case together. Mason's attendance is up. Shona is engaging.

#covers: contact, fear
#discuss: What does a manager need to know about contact like this? Why might it belong on the case record?
"Anything else?" Priya asks, as you finish.

* {shona == "accepted"} [Tell Priya you accepted, and plan to remove Shona and explain #hcpc: 13 upheld #hcpc: 3 upheld]
    ~ supervision = "told"
    Priya doesn't tell you off. She helps you work out what to say to Shona, and you add a note to the case record.
    Owning a mistake early is honesty in practice. Your manager can support you, Shona hears the reason from you, and the record shows what happened and why. #feedback
* {shona == "accepted"} [Keep Shona as a friend. It is helping her engage #hcpc: 3 breach #hcpc: 1 risk #hcpc: 13 risk]
    ~ supervision = "kept"
    ~ serious += 2
    You say nothing. Shona stays in your feed.
    Engagement built on a personal friendship is not a professional relationship. If you ever have to write a hard assessment or go to court, that friendship will be in the room, and Shona may feel betrayed by it. #feedback
* {shona == "accepted"} [Quietly unfriend her at lunchtime and say nothing #hcpc: 13 risk #hcpc: 3 risk]
    ~ supervision = "hidden"
    ~ minor += 1
    At lunchtime you remove her. Nobody knows.
    Except Shona, who will notice. Unexplained, it feels like rejection, and there is no record that you acted. If she mentions it to anyone, you will be explaining something you kept quiet. #feedback
* {shona != "accepted"} [Tell Priya about the request and record it #hcpc: 13 upheld #hcpc: 1 upheld #hcpc: 3 upheld]
    ~ supervision = "told"
    Priya thanks you.{shona == "ignored": She suggests you decline it and explain at Thursday's visit.}{shona == "messaged": She says your reply was well meant, and agrees it should be the last message from that account.}{shona == "declined": She agrees with your plan for Thursday.} You add a short note to the case record.
    Telling your manager protects you and the family. If Shona is upset later, or the request comes up in a complaint, the record shows you handled it openly. It is what the good-practice guides advise. #feedback
* {shona != "accepted"} [Keep it to yourself. It is handled #hcpc: 13 risk]
    ~ supervision = "silent"
    ~ minor += 1
    You say no, nothing else.
    It may well be handled. But your manager can only support what she knows about, and nothing is on the record. Contact from a parent through your personal account is exactly the kind of thing to mention in supervision. #feedback
- -> search

=== search ===
#time: Mon 12:40
#platform: home
Over lunch, a question nags at you. How did Shona find you? You type your own name into a search engine.
#search: Jo Harper
#search-result: Lou Harper on Hearth: Happy 40th to my amazing sister Jo! (public post; Jo Harper is tagged)

The first result is your Hearth profile. The profile picture is public: you and your two children outside their school, the badge on their jumpers clear as day.

Further down is your sister's birthday post. It is public, and you are tagged in it. Anyone can read the comments.

#platform: shout
#profile: me
#detail: Social worker at Wrenford. Views my own.
Your Shout bio says: Social worker at Wrenford. Views my own.

#covers: search-yourself, profile-picture, review-settings, audience-limits, think-first
#discuss: What could a stranger learn about you in five minutes? What would you change first?
You put your sandwich down.

* [Work through your settings: requests, photo, tags, bio #hcpc: 3 upheld #hcpc: 1 upheld]
    ~ settings = "full"
    A search result is only as private as your least private setting, so going through them one by one is the right instinct. What you actually change is what counts. #feedback
    -> settings_checkup
* [Swap the profile picture. The rest is friends only anyway #hcpc: 3 risk]
    ~ settings = "photo"
    ~ minor += 1
    ~ profile_picture = "landscape"
    #platform: hearth
    You choose a photo of the hill behind your house. Done.
    Better. But "friends only" is no guarantee. Friends can screenshot or share what you post, your sister's post is still public, and your bio still names your employer. Check each setting, not just the most visible one. #feedback
* [Vent about it on Shout #hcpc: 2 breach #hcpc: 3 risk #hcpc: 13 risk]
    ~ vented = true
    ~ serious += 1
    #platform: shout
    #post: Jo Harper: Great start to the week. A mum on my caseload found my personal page. Three months of cancelled visits and now she wants to be friends. Social work life.
    #reactions: 4
    You post: "Great start to the week. A mum on my caseload found my personal page. Three months of cancelled visits and now she wants to be friends. Social work life."
    Your bio names your employer. Shona, her friends or a journalist could recognise her from "three months of cancelled visits". Think before you post: never post anything you would not want your colleagues, or Shona, to read. #feedback
- -> wednesday

= settings_checkup
#pictures: family landscape dog headshot
Twenty minutes, starting with Hearth. First, the picture everyone sees, whatever your settings.
#settings: hearth
Then the settings themselves.
* [Save, and text your sister about the tag]
    You take Wrenford out of your Shout bio, and text your sister to ask her to untag you.
    { profile_picture == "family":
        You keep the photo of the children at the school gate. It is still the first thing a stranger, or Shona, would see. #impact: 3 risk
        ~ minor += 1
    }
    { hearth_search_engines or hearth_friend_requests == "everyone":
        Your profile can still be found by search engines, or anyone can still send you a request. Those two settings are the ones that let a family find and add you. #impact: 1 risk
    - else:
        Search engines no longer link to your profile, and only friends of friends can send you requests. #impact: 1 upheld
    }
    #search: Jo Harper
    You search your name again to see what a stranger sees now.
    Platforms keep adding features that make you easier to find, like contact sync and friend suggestions, usually switched on. Searching your own name now and again, checking your settings and thinking about what your profile picture says are all part of the job. None of it means going quiet. #feedback
    -> wednesday

=== wednesday ===
#time: Wed 13:05
#platform: guild
#notification: Amara Osei wants to connect on Guild
#request: connect Amara Osei
Wednesday lunchtime. Amara Osei wants to connect on Guild. She is a senior practitioner at the neighbouring council, Hollinby. You met at a practice day in the spring, where she ran the best workshop.

She has added a note. She runs a monthly practice chat on Guild for children's social workers in the region: research, good ideas, no case details. Would you like to join?

#covers: fear, case-talk, think-first
#discuss: Is there any risk in connecting with a colleague from another council? What might you lose by saying no?
After this week, you are wary of anything online.

* [Accept, and join her regional practice chat #open #hcpc: 3 upheld #hcpc: 13 upheld #phone: accept]
    ~ network = true
    You tap Accept. #request-outcome: accepted
    A colleague on a professional platform is the right kind of connection. Sharing good practice in suitable places is one of the real benefits of social media, and it keeps your practice current. #feedback
    #post: Amara Osei: Pinned: a one-page guide to out-of-hours help in each council nearby. Corrections welcome, no case details please.
    #reactions: 38
    #comment: Dev Mistry: This is brilliant, thank you. Sharing with my team.
    The chat's pinned post is Amara's one-page guide to out-of-hours help in each council nearby. You save it.
* [Ignore it. Keep work off social media #cautious #hcpc: 3 upheld #hcpc: 5 risk #phone: ignore]
    ~ guild = "ignored"
    ~ caution += 1
    You leave it unanswered. #request-outcome: ignored
    Nothing wrong with saying no, but nothing gained either. Fear of getting it wrong has a cost: it cuts you off from learning and support that would help the families you work with. A colleague on a professional platform is a safe connection. #feedback
* [Accept, and ask the chat for advice about Shona's request #hcpc: 2 breach #hcpc: 13 risk]
    ~ posted_case = true
    ~ serious += 2
    You tap Accept and post: "Mum of two in north Wrenford, kids 7 and 4, only started engaging last week, has found my personal page. Thoughts?" #request-outcome: accepted
    #post: Jo Harper: Mum of two in north Wrenford, kids 7 and 4, only started engaging last week, has found my personal page. Thoughts?
    #comment: Amara Osei: Jo, could you take this down? Ages and an area are enough to identify a family. Happy to talk it through by phone.
    Asking for advice is good practice, but supervision is the place for it. Online, a place, two ages and a timeline can be enough to identify a family, and the chat has three hundred members. Anonymising takes more than leaving out a name. #feedback
- -> kai_request

=== kai_request ===
#time: Wed 19:30
#platform: lens
#notification: Kai Brennan wants to follow you on Lens
#request: follow Kai Brennan
That evening, Lens lights up. Kai Brennan wants to follow you.

You were Kai's social worker for two years, when he was in care, before you changed teams. He is nineteen now, with a personal adviser, Bev Adeyemi, in Wrenford's leaving care team.

#message: Kai Brennan: is this you?? its kai. got my own flat now. just wanted to say thanks for everything. you were the one who always turned up
A message comes with the request.

#covers: contact, no-requests
#discuss: Kai is an adult and no longer your case. Does that change the answer? What does Kai deserve to hear back?
You grin. Then you hesitate.

* [Accept. He is an adult now, and not your case #hcpc: 3 risk #hcpc: 1 risk #phone: accept]
    ~ kai = "accepted"
    ~ minor += 1
    You tap Accept. Kai likes three of your photos within a minute. #request-outcome: accepted
    The advice covers former service users too. You still hold his history, and the power that comes with it. Contact that starts warm can drift into over-familiarity, and regulators have acted even when the former service user made the first move. #feedback
* [Decline, and leave it there #hcpc: 3 upheld #hcpc: 1 risk #phone: decline]
    ~ kai = "blanked"
    ~ caution += 1
    You tap Decline and close the app. #request-outcome: declined
    The boundary holds, but think how it lands. A care leaver reaches out to say thank you and hears nothing. Kai has had plenty of adults disappear. A warm reply through the right channel would take you five minutes. #feedback
* [Decline; ask his adviser to pass on a message #hcpc: 3 upheld #hcpc: 1 upheld #hcpc: 13 upheld]
    ~ kai = "adviser"
    You tap Decline. Next morning you email Bev: Kai got in touch on your personal account; you can't connect there, but please tell him you were delighted about the flat, and that he can always leave a message for you at the office. #request-outcome: declined
    A clear boundary and a warm reply, both at once. The work channel lets Kai hear why you can't connect without feeling rejected, and his adviser now knows he is reaching out, which may matter. #feedback
* [Decline, but send him a warm reply from your account #hcpc: 3 risk #hcpc: 1 upheld #phone: reply]
    ~ kai = "replied"
    ~ minor += 1
    You tap Decline, then reply. #request-outcome: declined
    #reply: Kai! So proud of you. I can't follow people I've worked with, but I'm always rooting for you
    You send it.
    Warm, and kindly meant. But a personal account is the wrong channel. A reply invites a reply, and now Kai has a direct line to you, out of hours, with nobody else in the loop. #feedback
- -> thursday

=== thursday ===
#time: Thu 11:20
#platform: home
Thursday. The visit to the Pryce house.
{
- supervision == "told" and shona == "accepted":
    You tell Shona you have removed her on Hearth, and why. She goes a bit pink, then laughs. "Should've known. Kettle's on."
- supervision == "told" or shona == "declined":
    You explain why you can't be friends online. Shona shrugs. "Fair enough. You're still coming next week, though?"
- supervision == "kept":
    "Saw your holiday pics," Shona says, with a grin. "Gorgeous." Something has shifted, and you are not sure what.
- supervision == "hidden":
    Shona is quiet today. She doesn't offer you a tea.
- shona == "messaged":
    "Got your message," Shona says. "I'll just message you on there from now on. Easier."
- else:
    Shona asks if you got her request. You mumble something about being busy.
}

#time: Fri 23:52
#platform: lock
Friday night. You are in bed, nearly asleep.
{
- kai == "accepted" or kai == "replied":
    #notification: Lens: New message from Kai Brennan
    Your phone lights up on the bedside table.
- else:
    #notification: Lens: Message request from Kai Brennan
    Your phone lights up on the bedside table. Lens still lets him send you a message request.
}

#platform: lens
#message: Kai Brennan: sorry its late. had a row with my flatmate and hes locked me out. keys are inside
Kai.
#message: Kai Brennan: im at the bus station. phone on 9%. no money till monday
You sit up.
#message: Kai Brennan: bev doesnt work weekends. i dont know who else to ask
It is cold out tonight. Kai is not your case, and this is not your work account. But you are the one who knows.

#covers: contact
#discuss: Whose job is this tonight? What is the least you must do, and what would be too much?
You type, delete it, and type again.

* [Drive to the bus station and book him a room on your card #hcpc: 3 risk #hcpc: 1 risk #hcpc: 13 risk]
    ~ night = "drove"
    ~ minor += 1
    #reply: Stay there. I'm coming.
    You find Kai on a bench, and book him into the budget hotel by the ring road with your own card. At reception, he hugs you.
    Kind, and Kai is warm tonight. But you acted alone, as a private person, with your money and your car, for someone you once held power over. No record, no manager, no out-of-hours service. It sets up an expectation you can't keep. The emergency duty team exists for exactly this. #feedback
* [Keep him company on chat until his battery dies #hcpc: 3 risk #hcpc: 1 risk]
    ~ night = "chatted"
    ~ minor += 1
    #reply: Oh Kai. I'm here. Talk to me.
    You message back and forth until his phone dies at twenty to one.
    He feels less alone, for an hour. But nothing has changed: he is still at the bus station, with no battery, and nobody who can help knows. A private midnight chat with a former service user is the over-familiar contact the guidance warns about. #feedback
* [Reply once to say help is coming, then ring the emergency duty team #open #hcpc: 1 upheld #hcpc: 3 upheld #hcpc: 13 upheld #phone: reply]
    ~ night = "edt"
    #reply: Kai, I can't help on here, but the council's emergency duty team can, tonight. I'm ringing them now. Keep your phone on for their call and stay somewhere warm and lit.
    {network: The number is in Amara's guide, saved on your phone. You ring within a minute.}{not network: It takes you ten minutes on the council website to find the out-of-hours number. Then you ring.} The duty social worker takes the details. You email Bev so she sees it first thing Monday.
    This is the open, engaged answer. Kai's message reaches the service that can act tonight, he knows help is coming, and you have not become his private rescuer. It is on the record, and his adviser knows. #feedback
* [Leave it until Monday. Not your case, not your hours, not your account #cautious #hcpc: 1 risk]
    ~ night = "ignored"
    ~ caution += 2
    You turn the phone over. It takes you a long time to get to sleep.
    Staying out of it feels safe, but it is not neutral. A young person you once supported is stranded, and only you know. You don't have to rescue him yourself. You do have to make sure his message reaches someone who can help. #feedback
- -> aftermath

=== aftermath ===
#time: Mon 08:50
#platform: home
Monday morning.
{night == "edt": Bev emails before nine. The emergency duty team found Kai a room for the weekend, and she is seeing him today about the flat. "Thanks for ringing it in. He said you were kind."}
{night == "drove": Bev rings. Kai told her you came to get him. She is glad he was safe, but her voice is careful. She asks who else knows.}
{night == "chatted": Bev rings. Kai spent Friday night at the bus station. He told her you were messaging him. She asks why nobody called the emergency duty team.}
{night == "ignored": Bev emails. Kai spent Friday night in the bus station, then two nights on a friend's sofa. He mentioned that he had messaged you.}
-> outcome

=== outcome ===
// A private channel to Kai plus a midnight rescue or chat is a pattern, not a slip.
~ combo = (kai == "accepted" or kai == "replied") and (night == "drove" or night == "chatted")
{ combo:
    ~ serious += 1
}
{
- serious >= 3:
    -> referral
- serious >= 1:
    -> investigation
- minor >= 1:
    -> advice
- caution >= 2:
    -> advice
- else:
    -> no_concerns
}

=== issues ===
// Conduct the council would investigate.
{supervision == "kept": You stayed Hearth friends with a parent whose family you were assessing, and told no one.}
{vented: You posted about a parent on your caseload on a public account that names your employer.}
{posted_case: You shared details that could identify a family in an online group.}
{combo and night == "drove": A private channel with a former service user led to a midnight rescue, paid for by you, with no one told.}
{combo and night == "chatted": A private channel with a former service user became a midnight chat, with no one told and no help called.}
->->

=== lapses ===
// Worth a conversation in supervision.
{shona == "accepted" and supervision == "told": You accepted a parent's friend request, though you owned it quickly.}
{supervision == "hidden": You accepted a parent's friend request, then removed her without telling anyone.}
{supervision == "silent": You didn't mention a parent's friend request in supervision.}
{shona == "messaged": You messaged a parent from your personal account.}
{settings == "photo": Your profile still gives away more than you think.}
{kai == "accepted": You let a former service user follow your personal account.}
{kai == "replied": You replied to a former service user from your personal account.}
{not combo and night == "drove": You paid for a room for a former service user and told no one at the time.}
{not combo and night == "chatted": You chatted with a former service user late at night instead of calling for help.}
->->

=== costs ===
// Over-caution has a cost too.
{kai == "blanked": Kai's thank-you got no reply at all.}
{guild == "ignored": You turned down a colleague's invitation to a professional network.}
{night == "ignored": A young man you once supported asked for help, and it was not passed on.}
->->

=== no_concerns ===
#platform: home
In supervision, Priya goes through the week with you. Shona's request is on the record, and so is your conversation with her. Kai is safe and talking to Bev.
"That's how it should go," she says. "Clear lines, and nobody left hanging."
{kai == "blanked": "One thing," she adds. "When Kai's request came in, a line to Bev would have told him you hadn't forgotten him."}
Your settings are sorted and your name searches clean.{network: You have a new colleague in Amara, too.} You put the phone on charge and go home. #ending: no-concerns Clear lines, open door
-> END

=== advice ===
#platform: home
Priya books an extra half hour in supervision. "Nobody is in trouble," she says. "But there are things to pick up."
-> lapses ->
-> costs ->
{caution >= 2: "Keeping your distance isn't always the safe option," she says. "Ignoring things can leave people without help. The skill is choosing the right channel, not shutting every door."}
{minor >= 1: "None of this is the end of the world," she says. "But it's the kind of thing that grows. Let's make sure it doesn't."}
{minor >= 1: She points you to the council's social media policy, and suggests you look at your settings together next month.}
{minor == 0: She suggests you bring something you've learned online, from a good source, to the next team meeting. "Using this stuff well is part of the job too."}
You leave with a plan, and a note of it on your supervision record.
{
- minor == 0:
    You shut the laptop. #ending: advice Safe, but not enough
- else:
    You shut the laptop. #ending: advice A word in supervision
}
-> END

=== investigation ===
#platform: home
On Wednesday, Priya asks to see you in a side room.
{
- posted_case:
    Someone in Amara's practice chat recognised the Pryce family from your post, and told Wrenford.
- vented:
    Someone sent the council a screenshot of your Shout post.
- supervision == "kept":
    Shona's ex-partner saw that you and Shona are friends on Hearth, and complained.
- else:
    Bev raised a concern after talking to Kai about the weekend.
}
The council will look into it under its conduct procedure.
You are not suspended, and you can bring a union representative. An investigating officer will interview you.
Priya reminds you that supervision is still yours, and that the council's employee support line is there for you while this goes on. #support
The investigation will look at what happened:
-> issues ->
-> lapses ->
You go back to your desk and read the social media policy properly, for the first time. It would have taken ten minutes. #ending: investigation Under investigation
-> END

=== referral ===
#platform: home
Six weeks later, the council's investigation is finished. It found a pattern, not a one-off:
-> issues ->
-> lapses ->
It gives you a final written warning, and refers you to Social Work England, the regulator, which will decide whether your fitness to practise is impaired. Most concerns it receives are closed at triage; if yours goes further, it could take well over a year.
You do not have to go through it alone: your union, your manager and the council's employee support can all help. #support
You sit in the car park with your phone in your hand, scrolling back through a week that felt like nothing much at the time. #ending: referral Referred to the regulator
-> END
