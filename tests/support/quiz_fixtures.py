"""A small quiz over the fixture modules in conftest."""

QUIZ = """\
## Can you drive yourself home?
module: first-topic
- [ ] Yes, if I feel fine
- [x] No. An adult must drive me home.

Ketamine slows your reactions for the rest of the day.
See: first-topic#what

## Which of these should you bring? Choose all that apply.
module: second-topic
- [x] A list of your medicines
- [x] A warm sweater
- [ ] Your car keys

Bring your medicine list and something warm.
See: second-topic#what

## Who should you call if you have chest pain?
module: second-topic
- [ ] Your clinic, the next day
- [x] {clinic.emergency_number}, right away

Chest pain needs help right away.
See: first-topic#key-points
"""
