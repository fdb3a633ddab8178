# Subscripts and slices with steps and negative indices
s = "Hello, World!"
print(s[0], s[-1], s[7], s[-6])
print(s[0:5], s[7:], s[:5], s[-6:-1], s[:])
print(s[::2], s[1::2], s[::-1], s[::-2], s[10:2:-2])
print(s[100:], s[-100:3], s[5:1], repr(s[3:3]))
nums = list(range(10))
print(nums[2:7], nums[-3:], nums[:-3], nums[::3], nums[8:2:-2])
print(nums[-1:-5:-1], nums[::-3], nums[1:-1:4])
t = tuple(nums)
print(t[3:6], t[::-4])
b = b"abcdef"
print(b[1:4], b[::-1], b[0], b[-1])
nums[2:5] = []
print(nums)
nums[:2] = [100, 101, 102]
print(nums)
nums[-2:] = "xy"
print(nums)
nums[1:6:2] = [-1, -2, -3]
print(nums)
try:
    nums[::2] = [0]
except ValueError as e:
    print("ValueError:", e)
del nums[::3]
print(nums)
copy = nums[:]
copy.append("new")
print(len(nums), len(copy), copy is nums)
word = "racecar"
print(word == word[::-1], "python"[::-1], "abc"[-1::-1])
grid = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print(grid[1][2], grid[-1][-2], grid[0][1:3], [row[-1] for row in grid])
print(grid[::2], grid[::-1][0][::-1])
text = "2024-06-15T10:30:00"
date, time = text[:10], text[11:]
print(date, time, date[5:7], time[-2:])
year, month, day = int(text[0:4]), int(text[5:7]), int(text[8:10])
print(year + 1, month * 2, day // 2)
queue = list("abcdefgh")
window = 3
for start in range(0, len(queue) - window + 1, 2):
    print(start, queue[start:start + window])
print("中文字符串测试"[2:5], "中文字符串测试"[::-1])
r = range(20)[5:15:3]
print(r, list(r))
data = list(range(6))
print(data[-0], data[len(data) - 1], data[-len(data)])
try:
    data[6]
except IndexError as e:
    print("IndexError:", e)
