import PeaceTalksModel

print("peacetalks")
